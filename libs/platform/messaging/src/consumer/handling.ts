import type { PoolClient } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
import { claimInboxMany } from '../inbox/inbox';
import type { EventHandler, IncomingEvent } from '../incoming-event';
import { isRetryable } from '../messaging.errors';
import { pause, retryDelayMs, type RetryPolicy } from './retry-policy';

/** How handling one event ended. */
export type HandlingOutcome =
  | { readonly kind: 'handled' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'failed'; readonly error: unknown; readonly attempts: number }
  | { readonly kind: 'interrupted' };

export interface RetryHooks {
  /** Aborted when the consumer stops: a pending pause ends and the outcome is `interrupted`. */
  readonly signal: AbortSignal;
  onRetry(error: unknown, attempt: number, delayMs: number): void;
  /** Runs after each pause, e.g. to heartbeat the consumer group. */
  afterPause?(): Promise<void>;
}

/**
 * Runs `attempt` (which answers whether the event was new to the inbox) until it succeeds, fails with an error no
 * retry can fix, or runs out of attempts; pauses with exponential backoff in between. `firstAttempt` counts an
 * attempt the caller already made as attempt 1.
 */
export async function handleWithRetry(
  policy: RetryPolicy,
  attempt: () => Promise<boolean>,
  hooks: RetryHooks,
  firstAttempt?: { readonly error: unknown },
): Promise<HandlingOutcome> {
  for (let number = 1; ; number++) {
    try {
      // The caller may have made the first attempt already (inside a shared transaction) and hand over its error.
      if (number === 1 && firstAttempt) throw firstAttempt.error;
      return (await attempt()) ? { kind: 'handled' } : { kind: 'duplicate' };
    } catch (error) {
      if (!isRetryable(error) || number >= policy.maxAttempts) return { kind: 'failed', error, attempts: number };
      const delay = retryDelayMs(policy, number);
      hooks.onRetry(error, number, delay);
      if (!(await pause(delay, hooks.signal))) return { kind: 'interrupted' };
      await hooks.afterPause?.();
    }
  }
}

/** An event and the handler it goes to. */
export interface HandlingStep {
  readonly event: IncomingEvent;
  readonly handler: EventHandler;
}

const RUN_SAVEPOINT = 'messaging_run';

/** How a run handled at once ended: every event's outcome, or rolled back, naming the event at fault if it can. */
export type RunOutcome =
  | { readonly ok: true; readonly outcomes: readonly ('handled' | 'duplicate')[] }
  | {
      readonly ok: false;
      /**
       * The step whose handler failed when it was called on that event alone: the caller counts the error as that
       * event's first attempt. Absent when a `many` call failed, which names no single event.
       */
      readonly failure?: { readonly index: number; readonly error: unknown };
    };

/**
 * Handles a run of events in `tx` in as few round trips as the handlers allow: one savepoint around the run, every
 * inbox row claimed in one statement, and consecutive events of a handler that offers `many` handed over together.
 * When anything fails, the run is rolled back to its savepoint, and the caller handles the events one at a time
 * (each in a savepoint of its own) to retry and dead-letter the one at fault alone.
 */
export async function handleRunAtOnce(
  tx: SqlTransaction,
  consumer: string,
  steps: readonly HandlingStep[],
): Promise<RunOutcome> {
  if (steps.length === 0) return { ok: true, outcomes: [] };
  await tx.query(`SAVEPOINT ${RUN_SAVEPOINT}`);
  let failure: { index: number; error: unknown } | undefined;
  try {
    const fresh = await claimInboxMany(
      tx,
      consumer,
      steps.map((step) => step.event.eventId),
    );
    for (let start = 0; start < steps.length;) {
      const step = steps[start] as HandlingStep;
      if (!fresh[start]) {
        start += 1;
        continue;
      }
      let end = start + 1;
      while (end < steps.length && fresh[end] && steps[end]?.handler === step.handler) end += 1;
      if (step.handler.many && end - start > 1) {
        await step.handler.many(
          steps.slice(start, end).map((each) => each.event),
          tx,
        );
      } else {
        for (let index = start; index < end; index++) {
          try {
            await step.handler(steps[index]?.event as IncomingEvent, tx);
          } catch (error) {
            failure = { index, error };
            throw error;
          }
        }
      }
      start = end;
    }
    await tx.query(`RELEASE SAVEPOINT ${RUN_SAVEPOINT}`);
    return { ok: true, outcomes: fresh.map((isFresh) => (isFresh ? 'handled' : 'duplicate')) };
  } catch {
    // If even the rollback fails, the connection is gone and the caller's transaction fails with it.
    await tx.query(`ROLLBACK TO SAVEPOINT ${RUN_SAVEPOINT}`);
    await tx.query(`RELEASE SAVEPOINT ${RUN_SAVEPOINT}`);
    return failure ? { ok: false, failure } : { ok: false };
  }
}

/** The slice of a pg client a handler may use: queries only, so it cannot commit or release what it does not own. */
export function asSqlTransaction(client: PoolClient): SqlTransaction {
  return {
    async query<Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) {
      const result = await client.query<Row>(text, values === undefined ? undefined : [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}
