/** Runs `operation` in `concurrency` loops for about `durationMs` and returns completed operations per second. */
export async function measureRate(
  concurrency: number,
  durationMs: number,
  operation: (worker: number, iteration: number) => Promise<void>,
): Promise<number> {
  let completed = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        await operation(worker, iteration);
        completed++;
      }
    }),
  );
  return (completed * 1000) / (performance.now() - started);
}

/** The value at quantile q (0..1) of the samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The value rounded to `digits` decimals, as the report prints it. */
export const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

/** A ratio as a percentage with one decimal. */
export const percent = (ratio: number): string => `${round(ratio * 100, 1)}%`;
