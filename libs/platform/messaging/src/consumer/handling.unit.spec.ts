import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandler, IncomingEvent } from '../incoming-event';
import { MessagingError } from '../messaging.errors';
import { handleRunAtOnce, handleWithRetry } from './handling';
import { retryDelayMs, type RetryPolicy } from './retry-policy';

const fast: RetryPolicy = { maxAttempts: 4, initialDelayMs: 1, maxDelayMs: 4 };

function hooks(signal = new AbortController().signal) {
  const retries: number[] = [];
  return { retries, hooks: { signal, onRetry: (_error: unknown, attempt: number) => void retries.push(attempt) } };
}

describe('retrying a handler', () => {
  it('doubles the pause per attempt up to the cap, within ±20 % jitter', () => {
    const policy: RetryPolicy = { maxAttempts: 10, initialDelayMs: 100, maxDelayMs: 1_000 };

    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt, () => 0.5))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(retryDelayMs(policy, 1, () => 0)).toBe(80);
    expect(retryDelayMs(policy, 1, () => 1)).toBe(120);
  });

  it('reports a new event as handled and a known one as a duplicate', async () => {
    await expect(handleWithRetry(fast, async () => true, hooks().hooks)).resolves.toEqual({ kind: 'handled' });
    await expect(handleWithRetry(fast, async () => false, hooks().hooks)).resolves.toEqual({ kind: 'duplicate' });
  });

  it('retries a transient failure until it succeeds', async () => {
    let calls = 0;
    const { retries, hooks: retryHooks } = hooks();

    const outcome = await handleWithRetry(
      fast,
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('deadlock detected');
        return true;
      },
      retryHooks,
    );

    expect(outcome).toEqual({ kind: 'handled' });
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after the last attempt', async () => {
    const error = new Error('still failing');

    const outcome = await handleWithRetry(fast, () => Promise.reject(error), hooks().hooks);

    expect(outcome).toEqual({ kind: 'failed', error, attempts: 4 });
  });

  it('does not retry an error no attempt can fix', async () => {
    const error = MessagingError.poison('the referral names no organisation');
    const { retries, hooks: retryHooks } = hooks();

    const outcome = await handleWithRetry(fast, () => Promise.reject(error), retryHooks);

    expect(outcome).toEqual({ kind: 'failed', error, attempts: 1 });
    expect(retries).toEqual([]);
  });

  it('stops waiting when the consumer stops', async () => {
    const abort = new AbortController();
    const slow: RetryPolicy = { maxAttempts: 5, initialDelayMs: 60_000, maxDelayMs: 60_000 };
    const outcome = handleWithRetry(slow, () => Promise.reject(new Error('down')), hooks(abort.signal).hooks);

    abort.abort();

    await expect(outcome).resolves.toEqual({ kind: 'interrupted' });
  });
});

describe('handling a run of events at once', () => {
  /** A transaction that answers the inbox claim with `newIds` and records every statement. */
  function recordingTransaction(newIds: readonly string[]) {
    const statements: string[] = [];
    const tx: SqlTransaction = {
      async query<Row extends Record<string, unknown>>(text: string) {
        statements.push(text.replace(/\s+/g, ' ').trim().slice(0, 40));
        const rows = text.includes('messaging.inbox') ? newIds.map((event_id) => ({ event_id })) : [];
        return { rows: rows as unknown as Row[], rowCount: rows.length };
      },
    };
    return { tx, statements };
  }

  const eventOf = (eventId: string): IncomingEvent => ({ eventId, type: 'intake.CaseOpened.v1' }) as IncomingEvent;

  function handlerPair() {
    const calls: string[][] = [];
    const one: EventHandler = async (event) => void calls.push([event.eventId]);
    const many: EventHandler = Object.assign(async (event: IncomingEvent) => void calls.push([event.eventId]), {
      many: async (events: readonly IncomingEvent[]) => void calls.push(events.map((event) => event.eventId)),
    });
    return { calls, one, many };
  }

  it('claims every inbox row in one statement and hands consecutive new events to `many` together', async () => {
    const { calls, one, many } = handlerPair();
    const { tx, statements } = recordingTransaction(['A', 'B', 'D', 'E', 'F']);

    const outcomes = await handleRunAtOnce(tx, 'audit', [
      { event: eventOf('A'), handler: many },
      { event: eventOf('B'), handler: many },
      { event: eventOf('C'), handler: many },
      { event: eventOf('D'), handler: many },
      { event: eventOf('E'), handler: one },
      { event: eventOf('F'), handler: one },
    ]);

    expect(outcomes).toEqual({
      ok: true,
      outcomes: ['handled', 'handled', 'duplicate', 'handled', 'handled', 'handled'],
    });
    // C was handled before: the run around it splits, and D goes alone.
    expect(calls).toEqual([['A', 'B'], ['D'], ['E'], ['F']]);
    expect(statements).toEqual([
      'SAVEPOINT messaging_run',
      expect.stringContaining('INSERT INTO messaging.inbox'),
      'RELEASE SAVEPOINT messaging_run',
    ]);
  });

  it('counts an event id given twice in a run as new once', async () => {
    const { calls, many } = handlerPair();
    const { tx } = recordingTransaction(['A']);

    const outcomes = await handleRunAtOnce(tx, 'audit', [
      { event: eventOf('A'), handler: many },
      { event: eventOf('A'), handler: many },
    ]);

    expect(outcomes).toEqual({ ok: true, outcomes: ['handled', 'duplicate'] });
    expect(calls).toEqual([['A']]);
  });

  it('rolls the run back to its savepoint and names the event whose handler failed', async () => {
    const { tx, statements } = recordingTransaction(['A', 'B']);
    const error = new Error('no such case');
    const failing: EventHandler = async (event) => {
      if (event.eventId === 'B') throw error;
    };

    const outcomes = await handleRunAtOnce(tx, 'audit', [
      { event: eventOf('A'), handler: failing },
      { event: eventOf('B'), handler: failing },
    ]);

    expect(outcomes).toEqual({ ok: false, failure: { index: 1, error } });
    expect(statements.slice(-2)).toEqual(['ROLLBACK TO SAVEPOINT messaging_run', 'RELEASE SAVEPOINT messaging_run']);
  });

  it('names no event when a `many` call fails', async () => {
    const { tx } = recordingTransaction(['A', 'B']);
    const many: EventHandler = Object.assign(async () => undefined, {
      many: () => Promise.reject(new Error('chain locked out')),
    });

    const outcomes = await handleRunAtOnce(tx, 'audit', [
      { event: eventOf('A'), handler: many },
      { event: eventOf('B'), handler: many },
    ]);

    expect(outcomes).toEqual({ ok: false });
  });
});
