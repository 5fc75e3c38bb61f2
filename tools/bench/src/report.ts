import { type BenchFigure } from './bench.types';

/** Renders figures as a fixed-width table: each value beside what it is measured against, and the ratio. */
export function renderTable(title: string, figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${format(f.value)} ${f.unit}`,
    f.against ? `${f.against.name}: ${format(f.against.value)} ${f.against.unit}` : '',
    f.against && f.against.value > 0 ? ratio(f.value / f.against.value) : '',
    f.target ? `${f.target.text} ${f.target.met ? 'met' : 'NOT met'}` : '',
  ]);
  const header = ['figure', 'value', 'measured against (same run)', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  const notes = figures.filter((f) => f.note).map((f) => `  * ${f.name}: ${f.note}`);
  return [
    `\n## ${title}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
    ...notes,
    '',
  ].join('\n');
}

export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

export function ratio(value: number): string {
  return value >= 10 ? `${value.toFixed(1)}x` : `${(value * 100).toFixed(0)}%`;
}
