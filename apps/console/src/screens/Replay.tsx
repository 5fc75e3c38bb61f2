import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { api, resultOf, type Result } from '../api/client';
import type { components, paths } from '../api/schema';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { useSave } from '../ui/save';
import { saveDownload } from '../audit/download';
import { changesBetween } from './replay-diff';

type Entry = components['schemas']['TimelineEntryDto'];
type CaseState = components['schemas']['CaseStateAsOfDto'];
type Basis = CaseState['basis'];
/** The case at the change picked, and at the change before it. */
type Pair = { readonly now: CaseState | undefined; readonly before: CaseState | undefined };

const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/**
 * The auditor's replay of a case: a slider over its recorded changes, the case as it stood at the one picked (on
 * the recorded clock, or as the record tells it now of what had happened by then), and what changed since the
 * change before, with both times of each.
 */
export function Replay() {
  const { caseId = '' } = useParams();
  const [timeline, reload] = useRemote(
    () => resultOf(api.GET('/audit/cases/{caseId}/timeline', { params: { path: { caseId } } })),
    [caseId],
  );
  if (timeline.state === 'failed') return <ProblemView problem={timeline.problem} retry={reload} />;
  return (
    <>
      <h1>Replay of case {caseId.slice(0, 8)}</h1>
      <CaseExport caseId={caseId} />
      <Progress active={timeline.state === 'loading'} label="Loading the case’s history" />
      {timeline.state === 'ok' ? (
        <ReplaySlider caseId={caseId} changes={timeline.data.entries.filter((entry) => entry.kind === 'change')} />
      ) : null}
    </>
  );
}

type ExportFormat = NonNullable<
  NonNullable<paths['/audit/cases/{caseId}/export']['get']['parameters']['query']>['format']
>;

/** The case's whole timeline as a file (read with the bearer token, saved from a Blob). */
function CaseExport({ caseId }: { readonly caseId: string }) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [saved, setSaved] = useState<number>();
  const download = useSave((asked: ExportFormat) =>
    saveDownload(
      api.GET('/audit/cases/{caseId}/export', {
        params: { path: { caseId }, query: { format: asked } },
        parseAs: 'blob',
      }),
      `case-${caseId}.${asked === 'csv' ? 'csv' : 'json'}`,
    ),
  );
  return (
    <form
      className="case-export"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(undefined);
        void download.run(format).then((result) => setSaved(result.ok ? result.data : undefined));
      }}
    >
      <label>
        Export format
        <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
          <option value="fhir">FHIR AuditEvents (Bundle)</option>
        </select>
      </label>
      <button type="submit" disabled={download.saving}>
        Export the case
      </button>
      <Progress active={download.saving} label="Exporting the case" />
      {download.problem ? <ProblemView problem={download.problem} /> : null}
      {saved !== undefined ? <p role="status">Downloaded: {saved.toLocaleString()} bytes.</p> : null}
    </form>
  );
}

function stateAt(caseId: string, asOf: string, basis: Basis): Promise<Result<CaseState>> {
  return resultOf(api.GET('/audit/cases/{caseId}/state', { params: { path: { caseId }, query: { asOf, basis } } }));
}

function ReplaySlider({ caseId, changes }: { readonly caseId: string; readonly changes: readonly Entry[] }) {
  const sliderId = useId();
  const [index, setIndex] = useState(changes.length - 1);
  const [basis, setBasis] = useState<Basis>('recorded');
  const entry = changes[index];
  const previous = index > 0 ? changes[index - 1] : undefined;
  const instantOf = (of: Entry) => (basis === 'recorded' ? of.recordedAt : of.occurredAt);
  const [states] = useRemote(async (): Promise<Result<Pair>> => {
    if (!entry) return { ok: true, data: { now: undefined, before: undefined } };
    const [now, before] = await Promise.all([
      stateAt(caseId, instantOf(entry), basis),
      previous ? stateAt(caseId, instantOf(previous), basis) : Promise.resolve(undefined),
    ]);
    if (!now.ok) return now;
    if (before && !before.ok) return before;
    return { ok: true, data: { now: now.data, before: before?.data } };
  }, [caseId, entry?.eventId, previous?.eventId, basis]);

  if (!entry) return <p>Nothing has changed on this case yet.</p>;
  const snapshot = (state: CaseState | undefined) => (state ? { case: state.state, ...state.related } : null);
  const changed =
    states.state === 'ok' ? changesBetween(snapshot(states.data.before), snapshot(states.data.now), 3) : [];
  return (
    <>
      <div className="replay-controls">
        <label htmlFor={sliderId}>
          Change {index + 1} of {changes.length}
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={changes.length - 1}
          value={index}
          onChange={(event) => setIndex(Number(event.target.value))}
          aria-valuetext={`Change ${index + 1} of ${changes.length}: ${entry.type}, recorded ${new Date(entry.recordedAt).toLocaleString()}`}
        />
        <label>
          Clock
          <select value={basis} onChange={(event) => setBasis(event.target.value as Basis)}>
            <option value="recorded">As recorded then</option>
            <option value="occurred">As it happened (back-dated entries included)</option>
          </select>
        </label>
      </div>
      <section aria-labelledby="change-title" aria-live="polite">
        <h2 id="change-title">{entry.type}</h2>
        <dl className="summary">
          <dt>By</dt>
          <dd>
            {entry.actor.id} ({entry.actor.role})
          </dd>
          <dt>Occurred</dt>
          <dd>{when(entry.occurredAt)}</dd>
          <dt>Recorded</dt>
          <dd>{when(entry.recordedAt)}</dd>
          {entry.reason ? (
            <>
              <dt>Reason</dt>
              <dd>{entry.reason}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <Progress active={states.state === 'loading'} label="Replaying the case" />
      {states.state === 'failed' ? <ProblemView problem={states.problem} /> : null}
      {states.state === 'ok' ? (
        <>
          <section aria-labelledby="changed-title">
            <h2 id="changed-title">What changed since the previous change</h2>
            {changed.length === 0 ? (
              <p>Nothing in the replayed state.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {changed.map((change) => (
                    <tr key={change.path}>
                      <th scope="row">{change.path}</th>
                      <td>{change.before}</td>
                      <td>{change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="state-title">
            <h2 id="state-title">The case as it stood</h2>
            <pre className="state" tabIndex={0} aria-label="Replayed state">
              {JSON.stringify(snapshot(states.data.now), null, 2)}
            </pre>
          </section>
        </>
      ) : null}
    </>
  );
}
