import { useId, useState, type FormEvent } from 'react';
import { api, resultOf, type Result } from '../api/client';
import { currentSession } from '../auth/session';
import type { ComplianceGroup, ComplianceReport, ComplianceTotals } from '../api/audit';
import { chartSummary, groupLabel, money, valueChart } from '../audit/compliance-chart';
import { saveDownload } from '../audit/download';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { useSave } from '../ui/save';

/** The groupings the dashboard offers, of those the report knows (a supervisor's report is of one team). */
type GroupBy = Extract<ComplianceReport['groupBy'], 'rule' | 'team' | 'worker' | 'month'>;
const GROUPINGS: readonly { readonly value: GroupBy; readonly label: string; readonly tenantWide?: true }[] = [
  { value: 'rule', label: 'Rule' },
  { value: 'team', label: 'Team', tenantWide: true },
  { value: 'worker', label: 'Case manager' },
  { value: 'month', label: 'Month due' },
];

interface Asked {
  readonly from: string;
  readonly to: string;
  readonly groupBy: GroupBy;
  readonly knownOn: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));

type ReportQuery = { from: string; to: string; groupBy: GroupBy } & (
  { clock: 'occurred' } | { clock: 'known'; knownOn: string }
);

const queryOf = (asked: Asked, clock: 'occurred' | 'known'): ReportQuery =>
  clock === 'occurred'
    ? { from: asked.from, to: asked.to, groupBy: asked.groupBy, clock }
    : { from: asked.from, to: asked.to, groupBy: asked.groupBy, clock, knownOn: asked.knownOn };

function readReport(query: ReportQuery): Promise<Result<ComplianceReport>> {
  return resultOf(api.GET('/audit/compliance', { params: { query } }));
}

/**
 * Compliance for the auditor (the tenant's) or a supervisor (their team's, as the API scopes it): violations and fine
 * exposure by rule, team, case manager or month, judged on both clocks (as things happened, and as the record stood
 * on a date), as bar charts with their numbers in a table, and each report as CSV.
 */
export function ComplianceDashboard() {
  const session = currentSession();
  const team = session?.roles.includes('auditor') ? undefined : session?.team;
  const initial: Asked = { from: daysFrom(-365), to: daysFrom(60), groupBy: 'rule', knownOn: daysFrom(0) };
  const [typed, setTyped] = useState<Asked>(initial);
  const [asked, setAsked] = useState<Asked>(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked(typed);
  };
  const field = (name: keyof Asked) => (event: { target: { value: string } }) =>
    setTyped((current) => ({ ...current, [name]: event.target.value }));
  return (
    <>
      <h1>Compliance</h1>
      {team !== undefined && <p>The cases your team holds ({team}).</p>}
      <form onSubmit={submit} className="filters">
        <label>
          Due from
          <input type="date" value={typed.from} onChange={field('from')} required />
        </label>
        <label>
          Due to
          <input type="date" value={typed.to} onChange={field('to')} required />
        </label>
        <label>
          Group by
          <select value={typed.groupBy} onChange={field('groupBy')}>
            {GROUPINGS.filter((grouping) => team === undefined || !grouping.tenantWide).map((grouping) => (
              <option key={grouping.value} value={grouping.value}>
                {grouping.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Known on
          <input type="date" value={typed.knownOn} onChange={field('knownOn')} required />
        </label>
        <button type="submit" className="primary">
          Show
        </button>
      </form>
      <ClockReport
        title="As it happened"
        explanation="Judged now, with every record as it stands, back-dated entries included."
        query={queryOf(asked, 'occurred')}
      />
      <ClockReport
        title={`As known on ${asked.knownOn}`}
        explanation="Judged on that date, with only what had been recorded by its end."
        query={queryOf(asked, 'known')}
      />
    </>
  );
}

function ClockReport({
  title,
  explanation,
  query,
}: {
  readonly title: string;
  readonly explanation: string;
  readonly query: ReportQuery;
}) {
  const titleId = useId();
  const key = JSON.stringify(query);
  const [report, reload] = useRemote(() => readReport(query), [key]);
  const csv = useSave(() =>
    saveDownload(
      api.GET('/audit/compliance', { params: { query: { ...query, format: 'csv' } }, parseAs: 'blob' }),
      `compliance-${query.clock}.csv`,
    ),
  );
  return (
    <section aria-labelledby={titleId} className="clock-report">
      <h2 id={titleId}>{title}</h2>
      <p>{explanation}</p>
      <Progress active={report.state === 'loading'} label="Judging the obligations" />
      {report.state === 'failed' ? <ProblemView problem={report.problem} retry={reload} /> : null}
      {report.state === 'ok' ? <ReportView report={report.data} /> : null}
      <p>
        <button type="button" onClick={() => void csv.run()} disabled={csv.saving}>
          Download as CSV ({title.toLowerCase()})
        </button>
      </p>
      <Progress active={csv.saving} label="Preparing the CSV" />
      {csv.problem ? <ProblemView problem={csv.problem} /> : null}
    </section>
  );
}

function ReportView({ report }: { readonly report: ComplianceReport }) {
  const by = GROUPINGS.find((grouping) => grouping.value === report.groupBy)?.label.toLowerCase() ?? report.groupBy;
  const labelled = report.groups.map((group) => ({ ...group, label: groupLabel(report.groupBy, group.key) }));
  const violations = labelled.map((group) => ({ label: group.label, value: group.violations }));
  const fines = labelled.map((group) => ({ label: group.label, value: group.fineCents }));
  return (
    <>
      <p>
        {report.totals.obligations} obligations due, <strong>{report.totals.violations} violations</strong> (
        {report.totals.violated} violated, {report.totals.metLate} met late),{' '}
        <strong>{money(report.totals.fineCents)} fine exposure</strong>; {report.totals.met} met,{' '}
        {report.totals.pending} pending. Evaluated{' '}
        <time dateTime={report.evaluatedAt}>{new Date(report.evaluatedAt).toLocaleString()}</time>.
      </p>
      <div className="charts">
        <BarChart
          title={`Violations by ${by}`}
          summary={chartSummary('Violations', by, violations)}
          values={violations}
        />
        <BarChart
          title={`Fine exposure by ${by}`}
          summary={chartSummary('Fine exposure', by, fines, money)}
          values={fines}
          format={money}
          least={10_000}
        />
      </div>
      <GroupTable groups={labelled} by={by} totals={report.totals} />
    </>
  );
}

function BarChart({
  title,
  summary,
  values,
  format = String,
  least = 1,
}: {
  readonly title: string;
  readonly summary: string;
  readonly values: readonly { readonly label: string; readonly value: number }[];
  readonly format?: (value: number) => string;
  /** The least the axis runs to. */
  readonly least?: number;
}) {
  const chart = valueChart(values, format, least);
  const axisY = chart.height - 28;
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <svg
        className="chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: chart.width }}
      >
        {chart.bars.map((bar) => (
          <g key={bar.label}>
            <text x={chart.plotX - 8} y={bar.y + chart.barHeight / 2} textAnchor="end" dominantBaseline="middle">
              {bar.label}
            </text>
            <rect className="bar" x={chart.plotX} y={bar.y} width={bar.width} height={chart.barHeight} />
            <text x={chart.plotX + bar.width + 6} y={bar.y + chart.barHeight / 2} dominantBaseline="middle">
              {bar.text}
            </text>
          </g>
        ))}
        <line x1={chart.plotX} x2={chart.plotX + chart.plotWidth} y1={axisY} y2={axisY} className="axis" />
        {chart.ticks.map((tick) => (
          <text key={tick.value} x={tick.x} y={axisY + 18} textAnchor="middle" className="tick">
            {tick.text}
          </text>
        ))}
      </svg>
    </figure>
  );
}

function GroupTable({
  groups,
  by,
  totals,
}: {
  readonly groups: readonly (ComplianceGroup & { readonly label: string })[];
  readonly by: string;
  readonly totals: ComplianceTotals;
}) {
  if (groups.length === 0) return <p>No obligation fell due in the period.</p>;
  return (
    <table className="plain">
      <caption>The numbers of the charts, by {by}</caption>
      <thead>
        <tr>
          <th scope="col">{by.charAt(0).toUpperCase() + by.slice(1)}</th>
          <th scope="col">Obligations</th>
          <th scope="col">Violations</th>
          <th scope="col">Violated</th>
          <th scope="col">Met late</th>
          <th scope="col">Fine exposure</th>
          <th scope="col">Met</th>
          <th scope="col">Pending</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.label}>
            <th scope="row">{group.label}</th>
            <td>{group.obligations}</td>
            <td>{group.violations}</td>
            <td>{group.violated}</td>
            <td>{group.metLate}</td>
            <td>{money(group.fineCents)}</td>
            <td>{group.met}</td>
            <td>{group.pending}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          <td>{totals.obligations}</td>
          <td>{totals.violations}</td>
          <td>{totals.violated}</td>
          <td>{totals.metLate}</td>
          <td>{money(totals.fineCents)}</td>
          <td>{totals.met}</td>
          <td>{totals.pending}</td>
        </tr>
      </tfoot>
    </table>
  );
}
