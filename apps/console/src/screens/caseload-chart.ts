/** One worker's bar: where it sits, how long it is, and whether the load is at or over the limit. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly y: number;
  readonly width: number;
  readonly atLimit: boolean;
  readonly overLimit: boolean;
}

/** A horizontal bar chart of loads against one limit, in SVG user units. */
export interface CaseloadChart {
  readonly width: number;
  readonly height: number;
  /** Where the bars start (after the labels) and how long the longest possible bar is. */
  readonly plotX: number;
  readonly plotWidth: number;
  readonly barHeight: number;
  /** The highest value the axis shows: at least the limit and the largest load, rounded up to a tick. */
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  /** The x of the limit's line. */
  readonly limitX: number;
  readonly bars: readonly Bar[];
}

export interface ChartLayout {
  readonly width: number;
  readonly labelWidth: number;
  readonly barHeight: number;
  readonly gap: number;
  /** Room below the bars for the axis' numbers. */
  readonly axisHeight: number;
  /** Room right of the plot for the value after the longest bar ("32 (over the limit)") and the limit's label. */
  readonly rightMargin: number;
}

export const DEFAULT_LAYOUT: ChartLayout = {
  width: 640,
  labelWidth: 140,
  barHeight: 24,
  gap: 8,
  axisHeight: 28,
  rightMargin: 130,
};

/** A tick step of 1, 2 or 5 times a power of ten, giving about five ticks up to `max`. */
export function tickStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  return Math.max(1, step);
}

/**
 * Scales workers' loads against the caseload limit: the axis runs from 0 to the first tick at or above both the
 * limit and the largest load (so the limit line always shows), bars keep the order given.
 */
export function caseloadChart(
  loads: readonly { readonly label: string; readonly value: number }[],
  limit: number,
  layout: ChartLayout = DEFAULT_LAYOUT,
): CaseloadChart {
  const largest = Math.max(limit, ...loads.map((load) => load.value), 1);
  const step = tickStep(largest);
  const max = Math.ceil(largest / step) * step;
  const plotX = layout.labelWidth;
  const plotWidth = layout.width - plotX - layout.rightMargin;
  const xOf = (value: number) => plotX + (Math.max(0, value) / max) * plotWidth;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({ value: i * step, x: xOf(i * step) }));
  const bars = loads.map((load, i) => ({
    label: load.label,
    value: load.value,
    y: i * (layout.barHeight + layout.gap),
    width: xOf(load.value) - plotX,
    atLimit: load.value >= limit,
    overLimit: load.value > limit,
  }));
  return {
    width: layout.width,
    height: Math.max(1, loads.length) * (layout.barHeight + layout.gap) + layout.axisHeight,
    plotX,
    plotWidth,
    barHeight: layout.barHeight,
    max,
    ticks,
    limitX: xOf(limit),
    bars,
  };
}

/** What the chart shows, in one sentence for its aria-label. */
export function caseloadSummary(loads: readonly { readonly label: string; readonly value: number }[], limit: number) {
  if (loads.length === 0) return `No case manager holds open cases of the team; the limit is ${limit}.`;
  const over = loads.filter((load) => load.value > limit).length;
  const at = loads.filter((load) => load.value === limit).length;
  const busiest = loads.reduce((a, b) => (b.value > a.value ? b : a));
  const workers = loads.length === 1 ? '1 case manager' : `${loads.length} case managers`;
  return (
    `Open cases of ${workers} against a limit of ${limit}: ${over} over the limit, ${at} at it; ` +
    `the busiest, ${busiest.label}, holds ${busiest.value}.`
  );
}
