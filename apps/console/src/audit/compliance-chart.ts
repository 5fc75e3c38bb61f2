import { tickStep } from '../screens/caseload-chart';

/** One group's bar: where it sits and how long it is, in SVG user units. */
export interface ValueBar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly y: number;
  readonly width: number;
}

/** A horizontal bar chart of one measure per group, scaled from 0 to a round maximum. */
export interface ValueChart {
  readonly width: number;
  readonly height: number;
  readonly plotX: number;
  readonly plotWidth: number;
  readonly barHeight: number;
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly x: number; readonly text: string }[];
  readonly bars: readonly ValueBar[];
}

export interface ValueChartLayout {
  readonly width: number;
  readonly labelWidth: number;
  readonly barHeight: number;
  readonly gap: number;
  readonly axisHeight: number;
  readonly rightMargin: number;
}

export const VALUE_LAYOUT: ValueChartLayout = {
  width: 640,
  labelWidth: 160,
  barHeight: 22,
  gap: 6,
  axisHeight: 28,
  rightMargin: 110,
};

/**
 * Scales one measure per group: the axis runs from 0 to the first tick at or above the largest value (at least
 * `least`, so an all-zero chart keeps a sensible axis: $100 rather than one cent), bars keep the order given,
 * negative values draw as empty bars. `format` writes values and ticks.
 */
export function valueChart(
  values: readonly { readonly label: string; readonly value: number }[],
  format: (value: number) => string = String,
  least = 1,
  layout: ValueChartLayout = VALUE_LAYOUT,
): ValueChart {
  const largest = Math.max(least, 1, ...values.map((v) => v.value));
  const step = tickStep(largest);
  const max = Math.ceil(largest / step) * step;
  const plotX = layout.labelWidth;
  const plotWidth = layout.width - plotX - layout.rightMargin;
  const xOf = (value: number) => plotX + (Math.max(0, value) / max) * plotWidth;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({
    value: i * step,
    x: xOf(i * step),
    text: format(i * step),
  }));
  return {
    width: layout.width,
    height: Math.max(1, values.length) * (layout.barHeight + layout.gap) + layout.axisHeight,
    plotX,
    plotWidth,
    barHeight: layout.barHeight,
    max,
    ticks,
    bars: values.map((v, i) => ({
      label: v.label,
      value: v.value,
      text: format(v.value),
      y: i * (layout.barHeight + layout.gap),
      width: xOf(v.value) - plotX,
    })),
  };
}

/** Cents as whole dollars for an axis ("$1,250"), cents kept when there are any ("$12.50"). */
export function money(cents: number): string {
  const whole = cents % 100 === 0;
  return (cents / 100).toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** How a group's key reads: months as "March 2026", no key as "none". */
export function groupLabel(groupBy: string, key: string | null): string {
  if (key === null) return groupBy === 'worker' ? 'unassigned' : 'none';
  if (groupBy === 'month' && /^\d{4}-\d{2}$/.test(key)) {
    const [year, month] = key.split('-').map(Number);
    return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)).toLocaleString('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return key;
}

/** What a chart shows, in one sentence for its aria-label. */
export function chartSummary(
  measure: string,
  by: string,
  values: readonly { readonly label: string; readonly value: number }[],
  format: (value: number) => string = String,
): string {
  if (values.length === 0) return `No ${measure} by ${by}: nothing fell due in the period.`;
  const total = values.reduce((sum, v) => sum + v.value, 0);
  const top = values.reduce((a, b) => (b.value > a.value ? b : a));
  const groups = values.length === 1 ? `1 ${by}` : `${values.length} ${by}s`;
  return `${measure} by ${by}, ${groups}, ${format(total)} in all; the most, ${format(top.value)}, for ${top.label}.`;
}
