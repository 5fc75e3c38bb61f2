import { api, resultOf } from '../../api/client';
import type { components } from '../../api/schema';
import { Progress, ProblemView } from '../../ui/feedback';
import { useRemote } from '../../ui/remote';

type CaseDetails = components['schemas']['CaseDetailsDto'];

const label = (value: string): string => value.replace(/_/g, ' ');

/** The case's screenings and needs as intake holds them, read on their own so a failure here spares the rest. */
export function ScreeningsAndNeeds({ caseId }: { readonly caseId: string }) {
  const [details, reload] = useRemote(
    () => resultOf(api.GET('/intake/cases/{id}', { params: { path: { id: caseId }, query: {} } })),
    [caseId],
  );
  return (
    <>
      <section aria-labelledby="screenings-title">
        <h2 id="screenings-title">Screenings</h2>
        <Progress active={details.state === 'loading'} label="Loading the screenings" />
        {details.state === 'failed' ? <ProblemView problem={details.problem} retry={reload} /> : null}
        {details.state === 'ok' ? <Screenings screenings={details.data.screenings} /> : null}
      </section>
      <section aria-labelledby="needs-title">
        <h2 id="needs-title">Needs</h2>
        <Progress active={details.state === 'loading'} label="Loading the needs" />
        {/* One read serves both sections: its problem is told once, under the screenings. */}
        {details.state === 'failed' ? <p>The needs could not be read: see the screenings above.</p> : null}
        {details.state === 'ok' ? <Needs needs={details.data.needs} /> : null}
      </section>
    </>
  );
}

function Screenings({ screenings }: { readonly screenings: CaseDetails['screenings'] }) {
  if (screenings.length === 0) return <p>No screening yet.</p>;
  return (
    <table className="plain">
      <caption className="visually-hidden">Screenings, latest first, with scores, bands and safety findings</caption>
      <thead>
        <tr>
          <th scope="col">Instrument</th>
          <th scope="col">Scored</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
          <th scope="col">Result</th>
          <th scope="col">Safety</th>
          <th scope="col">Needs found</th>
        </tr>
      </thead>
      <tbody>
        {[...screenings].reverse().map((screening) => {
          const { result } = screening;
          return (
            <tr key={screening.screeningId} className={result.safetyFlag ? 'safety-row' : undefined}>
              <th scope="row">
                {screening.instrument} (version {screening.instrumentVersion})
              </th>
              <td>
                <time dateTime={screening.scoredAt}>{new Date(screening.scoredAt).toLocaleDateString()}</time>
              </td>
              <td>{result.totalScore ?? '—'}</td>
              <td>{result.band ? label(result.band) : '—'}</td>
              <td>{result.positive ? 'positive' : 'negative'}</td>
              <td>
                {result.safetyFlag ? <strong className="safety-flag">Safety flag: follow up today</strong> : 'none'}
              </td>
              <td>{result.needs.length > 0 ? result.needs.map(label).join(', ') : 'none'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Needs({ needs }: { readonly needs: CaseDetails['needs'] }) {
  if (needs.length === 0) return <p>No need recorded yet.</p>;
  return (
    <ul>
      {needs.map((need) => (
        <li key={need.need}>
          <strong>{label(need.need)}</strong> · identified{' '}
          <time dateTime={need.identifiedAt}>{new Date(need.identifiedAt).toLocaleDateString()}</time>
          {typeof need.source['kind'] === 'string' ? ` · from ${label(need.source['kind'])}` : ''}
          {need.note ? ` · ${need.note}` : ''}
        </li>
      ))}
    </ul>
  );
}
