import { caseloadChart, caseloadSummary, tickStep, type ChartLayout } from './caseload-chart';

const layout: ChartLayout = { width: 540, labelWidth: 100, barHeight: 20, gap: 10, axisHeight: 30, rightMargin: 40 };

describe('tickStep', () => {
  it('picks 1, 2 or 5 times a power of ten for about five ticks', () => {
    expect(tickStep(5)).toBe(1);
    expect(tickStep(10)).toBe(2);
    expect(tickStep(25)).toBe(5);
    expect(tickStep(80)).toBe(20);
    expect(tickStep(0)).toBe(1);
  });
});

describe('caseloadChart', () => {
  it('runs the axis to a tick at or above the limit, so the limit line shows when everyone is under it', () => {
    const chart = caseloadChart([{ label: 'cm-1', value: 3 }], 25, layout);
    // plot width = 540 - 100 - 40 = 400; axis 0..25 in steps of 5
    expect(chart.max).toBe(25);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(chart.limitX).toBe(500);
    expect(chart.bars[0]).toMatchObject({ width: 48, atLimit: false, overLimit: false });
  });

  it('stretches the axis past the limit for a load over it, and marks that bar over the limit', () => {
    const chart = caseloadChart(
      [
        { label: 'cm-1', value: 32 },
        { label: 'cm-2', value: 20 },
        { label: 'cm-3', value: 0 },
      ],
      20,
      layout,
    );
    // axis 0..40 in steps of 10
    expect(chart.max).toBe(40);
    expect(chart.limitX).toBe(300);
    expect(chart.bars.map((bar) => [bar.label, bar.y, bar.atLimit, bar.overLimit])).toEqual([
      ['cm-1', 0, true, true],
      ['cm-2', 30, true, false],
      ['cm-3', 60, false, false],
    ]);
    expect(chart.bars[0]?.width).toBe(320);
    expect(chart.bars[2]?.width).toBe(0);
    expect(chart.height).toBe(3 * 30 + 30);
  });

  it('keeps a drawable chart without workers', () => {
    const chart = caseloadChart([], 0, layout);
    expect(chart.max).toBe(1);
    expect(chart.bars).toEqual([]);
    expect(chart.height).toBe(60);
  });
});

describe('caseloadSummary', () => {
  it('says how many are over and at the limit, and who is busiest', () => {
    expect(
      caseloadSummary(
        [
          { label: 'cm-1', value: 32 },
          { label: 'cm-2', value: 20 },
          { label: 'cm-3', value: 4 },
        ],
        20,
      ),
    ).toBe(
      'Open cases of 3 case managers against a limit of 20: 1 over the limit, 1 at it; the busiest, cm-1, holds 32.',
    );
  });

  it('says so when nobody holds cases', () => {
    expect(caseloadSummary([], 80)).toBe('No case manager holds open cases of the team; the limit is 80.');
  });
});
