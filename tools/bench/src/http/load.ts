import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** Loads one URL from this process with autocannon (bounded in time, loopback only). */
export async function loadUrl(
  url: string,
  options: {
    connections: number;
    seconds: number;
    /** Send exactly this many requests and stop (instead of loading for `seconds`), e.g. one per prepared record. */
    amount?: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    body?: string;
    /** A body per request (e.g. a different record each time), instead of one `body` for all. */
    nextBody?: () => string;
    /** A path and body per request (e.g. a different case each time), instead of the URL's path. */
    nextRequest?: () => { readonly path: string; readonly body: string };
  },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.amount !== undefined ? { amount: options.amount } : {}),
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.nextBody
      ? { requests: [{ setupRequest: (request: object) => ({ ...request, body: options.nextBody?.() }) }] }
      : {}),
    ...(options.nextRequest
      ? { requests: [{ setupRequest: (request: object) => ({ ...request, ...options.nextRequest?.() }) }] }
      : {}),
  });
  return {
    // A fixed amount ends inside a second of its own: the whole run's rate, not the mean of whole seconds.
    requestsPerSec: options.amount !== undefined ? result.requests.total / result.duration : result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Calls `send` every 1/rate s for `durationSec` (open loop) and waits for every answer. */
export async function sendAtRate(ratePerSec: number, durationSec: number, send: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  const requests: Promise<unknown>[] = [];
  for (let n = 0; n < ratePerSec * durationSec; n++) {
    const wait = start + (n * 1_000) / ratePerSec - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    requests.push(send());
  }
  await Promise.all(requests);
}
