/** How often and how patiently a failing handler is tried before its message is dead-lettered. */
export interface RetryPolicy {
  /** Attempts in all, the first included (default 5). */
  readonly maxAttempts: number;
  /** Pause before the second attempt; doubles for each further one (default 200 ms). */
  readonly initialDelayMs: number;
  /** Cap of the pause (default 5 s). */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };

/** The pause after failed attempt number `attempt` (1-based): initial × 2^(attempt-1), capped, with ±20 % jitter. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  // Jitter spreads out the retries of consumers that failed together (a database restart).
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** Resolves after `ms`, or at once (with false) when `signal` aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
