import { MessagingError } from '../messaging.errors';
import { handleWithRetry } from './handling';
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
