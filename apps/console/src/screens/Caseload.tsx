import { Link } from 'react-router';
import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { PATHS, casePath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';

type MyCaseload = components['schemas']['MyCaseloadDto'];

const label = (value: string): string => value.replace(/_/g, ' ');

/** The case manager's open cases, most urgent first, each a link to its page, with the counts at the top. */
export function Caseload() {
  const [caseload, reload] = useRemote(() => resultOf(api.GET('/intake/caseloads/me')), []);
  return (
    <>
      <h1>My caseload</h1>
      <p>
        <Link to={PATHS.registerClient}>Register a client</Link>
      </p>
      <Progress active={caseload.state === 'loading'} label="Loading the caseload" />
      {caseload.state === 'failed' ? <ProblemView problem={caseload.problem} retry={reload} /> : null}
      {caseload.state === 'ok' ? <CaseloadTable caseload={caseload.data} /> : null}
    </>
  );
}

function CaseloadTable({ caseload }: { readonly caseload: MyCaseload }) {
  const { byPriority } = caseload;
  return (
    <>
      <p>
        {caseload.openCases} open {caseload.openCases === 1 ? 'case' : 'cases'} of a limit of {caseload.caseloadLimit} ·{' '}
        {byPriority.emergency} emergency, {byPriority.urgent} urgent, {byPriority.routine} routine ·{' '}
        {caseload.openSafetyFlags} open safety {caseload.openSafetyFlags === 1 ? 'flag' : 'flags'}
      </p>
      {caseload.cases.length === 0 ? (
        <p>No open case is assigned to you.</p>
      ) : (
        <table className="plain">
          <caption className="visually-hidden">My open cases, most urgent first</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
              <th scope="col">Program</th>
              <th scope="col">Needs</th>
              <th scope="col">Safety flag</th>
              <th scope="col">Opened</th>
              <th scope="col">Last activity</th>
            </tr>
          </thead>
          <tbody>
            {caseload.cases.map((item) => (
              <tr key={item.caseId}>
                <th scope="row">
                  <Link to={casePath(item.caseId)}>Case {item.caseId.slice(0, 8)}</Link>
                </th>
                <td>{label(item.priority)}</td>
                <td>{label(item.status)}</td>
                <td>{label(item.programId)}</td>
                <td>{item.needs.length > 0 ? item.needs.map(label).join(', ') : 'none recorded'}</td>
                <td>{item.safetyFlagOpen ? <strong>Open safety flag</strong> : 'none'}</td>
                <td>
                  <time dateTime={item.openedAt}>{new Date(item.openedAt).toLocaleDateString()}</time>
                </td>
                <td>
                  <time dateTime={item.lastEventAt}>{new Date(item.lastEventAt).toLocaleDateString()}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
