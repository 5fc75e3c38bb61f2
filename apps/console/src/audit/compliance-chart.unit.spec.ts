import { chartSummary, groupLabel, money, valueChart, VALUE_LAYOUT } from './compliance-chart';

describe('valueChart', () => {
  it('scales bars from 0 to a round maximum above the largest value, in the order given', () => {
    const chart = valueChart([
      { label: 'R1', value: 3 },
      { label: 'R2', value: 7 },
    ]);
    expect(chart.max).toBe(8);
    expect(chart.plotX).toBe(VALUE_LAYOUT.labelWidth);
    expect(chart.bars.map((bar) => bar.label)).toEqual(['R1', 'R2']);
    expect(chart.bars[0]?.width).toBeCloseTo((3 / 8) * chart.plotWidth);
    expect(chart.bars[1]?.width).toBeCloseTo((7 / 8) * chart.plotWidth);
    expect(chart.bars[1]?.y).toBe(VALUE_LAYOUT.barHeight + VALUE_LAYOUT.gap);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8]);
  });

  it('keeps an axis when every value is 0, and draws negative values empty', () => {
    const chart = valueChart([
      { label: 'a', value: 0 },
      { label: 'b', value: -5 },
    ]);
    expect(chart.max).toBe(1);
    expect(chart.bars.map((bar) => bar.width)).toEqual([0, 0]);
  });

  it('writes values and ticks with the format given', () => {
    const chart = valueChart([{ label: 'R1', value: 125_000 }], money);
    expect(chart.bars[0]?.text).toBe('$1,250');
    expect(chart.ticks.at(-1)?.text).toBe(money(chart.max));
    expect(chart.max).toBeGreaterThanOrEqual(125_000);
  });

  it('keeps the axis at least as long as asked', () => {
    const chart = valueChart([{ label: 'R1', value: 0 }], money, 10_000);
    expect(chart.max).toBe(10_000);
    expect(chart.ticks.at(-1)?.text).toBe('$100');
    expect(valueChart([{ label: 'R1', value: 30_000 }], money, 10_000).max).toBe(30_000);
  });

  it('is one row high with no groups', () => {
    expect(valueChart([]).height).toBe(VALUE_LAYOUT.barHeight + VALUE_LAYOUT.gap + VALUE_LAYOUT.axisHeight);
  });
});

describe('money', () => {
  it('formats cents as dollars, cents shown only when there are some', () => {
    expect(money(0)).toBe('$0');
    expect(money(125_000)).toBe('$1,250');
    expect(money(1_250)).toBe('$12.50');
    expect(money(5)).toBe('$0.05');
  });
});

describe('groupLabel', () => {
  it('names months and keyless groups', () => {
    expect(groupLabel('month', '2026-03')).toBe('March 2026');
    expect(groupLabel('worker', null)).toBe('unassigned');
    expect(groupLabel('rule', null)).toBe('none');
    expect(groupLabel('rule', 'R2')).toBe('R2');
  });
});

describe('chartSummary', () => {
  it('gives the total and the largest group', () => {
    expect(
      chartSummary(
        'Fine exposure',
        'rule',
        [
          { label: 'R1', value: 10_000 },
          { label: 'R2', value: 30_000 },
        ],
        money,
      ),
    ).toBe('Fine exposure by rule, 2 rules, $400 in all; the most, $300, for R2.');
  });

  it('says when there is nothing', () => {
    expect(chartSummary('Violations', 'worker', [])).toBe('No Violations by worker: nothing fell due in the period.');
  });
});
