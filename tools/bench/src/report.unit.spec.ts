import { format, ratio, renderTable } from './report';

describe('benchmark report', () => {
  it('shows each figure beside its baseline with the ratio and whether the target was met', () => {
    const table = renderTable('Event store', [
      {
        name: 'single appends',
        value: 7_000,
        unit: 'events/s',
        against: { name: 'raw INSERT', value: 10_000, unit: 'tx/s' },
        target: { text: '>= 70%', met: true },
      },
    ]);
    expect(table).toContain('## Event store');
    expect(table).toMatch(/single appends \| 7,000 events\/s \| raw INSERT: 10,000 tx\/s +\| 70% +\| >= 70% met/);
  });

  it('formats large values as integers and ratios of ten or more as multiples', () => {
    expect(format(12_345.6)).toBe('12,346');
    expect(format(3.14159)).toBe('3.14');
    expect(ratio(0.123)).toBe('12%');
    expect(ratio(12.34)).toBe('12.3x');
  });
});
