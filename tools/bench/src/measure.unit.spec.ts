import { measureRate, quantile } from './measure';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(samples, 0.5)).toBe(50);
    expect(quantile(samples, 0.99)).toBe(99);
    expect(quantile(samples, 1)).toBe(100);
  });

  it('is NaN without samples', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('measureRate', () => {
  it('counts operations of every worker', async () => {
    const seen = new Set<number>();
    const rate = await measureRate(3, 50, async (worker) => {
      seen.add(worker);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(rate).toBeGreaterThan(0);
  });
});
