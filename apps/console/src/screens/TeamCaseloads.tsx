import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { caseloadChart, caseloadSummary } from './caseload-chart';

type TeamCaseloads = components['schemas']['TeamCaseloadsDto'];

/**
 * The supervisor's home: the team's open cases per case manager, as a chart against the caseload limit and as a
 * table (the chart's accessible alternative), and how many cases wait for someone to take them.
 */
export function TeamCaseloads() {
  // The API answers with the supervisor's own team when none is named.
  const [caseloads, reload] = useRemote(() => resultOf(api.GET('/intake/caseloads', { params: { query: {} } })), []);
  return (
    <>
      <h1>Team caseloads</h1>
      <Progress active={caseloads.state === 'loading'} label="Loading the team’s caseloads" />
      {caseloads.state === 'failed' ? <ProblemView problem={caseloads.problem} retry={reload} /> : null}
      {caseloads.state === 'ok' ? <Caseloads caseloads={caseloads.data} /> : null}
    </>
  );
}

function Caseloads({ caseloads }: { readonly caseloads: TeamCaseloads }) {
  const limit = caseloads.caseloadLimit;
  const loads = caseloads.workers.map((worker) => ({ label: worker.caseManagerId, value: worker.openCases }));
  const over = caseloads.workers.filter((worker) => worker.openCases > limit).length;
  return (
    <>
      <p>
        Team {caseloads.teamId} · caseload limit {limit} open cases · {caseloads.unassigned.length} unassigned{' '}
        {caseloads.unassigned.length === 1 ? 'case' : 'cases'}
        {over > 0 ? ` · ${over} over the limit` : ''}
      </p>
      <section aria-labelledby="load-chart-title">
        <h2 id="load-chart-title">Load per case manager</h2>
        <LoadChart loads={loads} limit={limit} />
      </section>
      <section aria-labelledby="load-table-title">
        <h2 id="load-table-title">Caseloads</h2>
        {caseloads.workers.length === 0 ? (
          <p>No case manager holds open cases of the team.</p>
        ) : (
          <table className="plain">
            <caption className="visually-hidden">Open cases per case manager against the limit of {limit}</caption>
            <thead>
              <tr>
                <th scope="col">Case manager</th>
                <th scope="col">Open cases</th>
                <th scope="col">Against the limit</th>
                <th scope="col">Emergency / urgent / routine</th>
                <th scope="col">Open safety flags</th>
              </tr>
            </thead>
            <tbody>
              {caseloads.workers.map((worker) => (
                <tr key={worker.caseManagerId}>
                  <th scope="row">{worker.caseManagerId}</th>
                  <td>{worker.openCases}</td>
                  <td className={worker.openCases > limit ? 'error' : undefined}>
                    {worker.openCases > limit
                      ? `Over the limit by ${worker.openCases - limit}`
                      : worker.atLimit
                        ? 'At the limit'
                        : `${limit - worker.openCases} below`}
                  </td>
                  <td>
                    {worker.byPriority.emergency} / {worker.byPriority.urgent} / {worker.byPriority.routine}
                  </td>
                  <td>{worker.openSafetyFlags}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** Plain SVG bars with the limit as a dashed line; bars over the limit say so in text as well as colour. */
function LoadChart({
  loads,
  limit,
}: {
  readonly loads: readonly { readonly label: string; readonly value: number }[];
  readonly limit: number;
}) {
  const chart = caseloadChart(loads, limit);
  const axisY = chart.height - 28;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={caseloadSummary(loads, limit)}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width="100%"
      style={{ maxWidth: `${chart.width}px` }}
    >
      {chart.bars.map((bar) => (
        <g key={bar.label}>
          <text x={chart.plotX - 8} y={bar.y + chart.barHeight / 2} textAnchor="end" dominantBaseline="middle">
            {bar.label}
          </text>
          <rect
            x={chart.plotX}
            y={bar.y}
            width={bar.width}
            height={chart.barHeight}
            className={bar.overLimit ? 'bar bar-over' : bar.atLimit ? 'bar bar-at' : 'bar'}
          />
          <text x={chart.plotX + bar.width + 6} y={bar.y + chart.barHeight / 2} dominantBaseline="middle">
            {bar.value}
            {bar.overLimit ? ' (over the limit)' : bar.atLimit ? ' (at the limit)' : ''}
          </text>
        </g>
      ))}
      <line x1={chart.plotX} x2={chart.plotX + chart.plotWidth} y1={axisY} y2={axisY} className="axis" />
      {chart.ticks.map((tick) => (
        <text key={tick.value} x={tick.x} y={axisY + 18} textAnchor="middle" className="tick">
          {tick.value}
        </text>
      ))}
      <line x1={chart.limitX} x2={chart.limitX} y1={0} y2={axisY} className="limit" />
      <text x={chart.limitX + 4} y={axisY - 4} className="limit-label">
        limit {limit}
      </text>
    </svg>
  );
}
