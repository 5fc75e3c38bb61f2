import type { PoolClient } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
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

/** The slice of a pg client a handler may use: queries only, so it cannot commit or release what it does not own. */
export function asSqlTransaction(client: PoolClient): SqlTransaction {
  return {
    async query<Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) {
      const result = await client.query<Row>(text, values === undefined ? undefined : [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}
