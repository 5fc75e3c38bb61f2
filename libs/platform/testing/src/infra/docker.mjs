// Asks testcontainers whether a container engine answers. Without one it fails within milliseconds; the timeout
// only guards against an engine that accepts the connection and then hangs.
let cached;

/** @returns {Promise<{ available: boolean, reason: string, elapsedMs: number }>} */
export function detectContainerRuntime(timeoutMs = 5_000) {
  cached ??= probe(timeoutMs);
  return cached;
}

async function probe(timeoutMs) {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  if (process.env.TESTCONTAINERS_DISABLED === 'true') {
    return { available: false, reason: 'TESTCONTAINERS_DISABLED=true', elapsedMs: 0 };
  }
  let timer;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { available: true, reason: `container engine ${client.info.containerRuntime.host}`, elapsedMs: elapsed() };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error), elapsedMs: elapsed() };
  } finally {
    clearTimeout(timer);
  }
}
