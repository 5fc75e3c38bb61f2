import type { ReactNode } from 'react';
import { api, resultOf } from '../api/client';
import { currentSession } from '../auth/session';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import type { WorklistItem } from './worklist-groups';

/**
 * A screen over the team's worklist (`GET /care-plan/worklist?teamId=`, scoped to the supervisor's team and
 * recorded as reads): its title, progress, problems, and `children` given the items and the instant they were read.
 */
export function TeamWorklistScreen({
  title,
  loading,
  children,
}: {
  readonly title: string;
  readonly loading: string;
  readonly children: (items: readonly WorklistItem[], asOf: Date) => ReactNode;
}) {
  const teamId = currentSession()?.team;
  const [worklist, reload] = useRemote(
    () =>
      teamId
        ? resultOf(api.GET('/care-plan/worklist', { params: { query: { teamId } } }))
        : Promise.resolve({ ok: true, data: undefined } as const),
    [teamId],
  );
  if (!teamId) {
    return (
      <>
        <h1>{title}</h1>
        <p role="alert">Your sign-in names no team, so there is no team to show.</p>
      </>
    );
  }
  return (
    <>
      <h1>{title}</h1>
      <Progress active={worklist.state === 'loading'} label={loading} />
      {worklist.state === 'failed' ? <ProblemView problem={worklist.problem} retry={reload} /> : null}
      {worklist.state === 'ok' && worklist.data ? children(worklist.data.items, new Date(worklist.data.asOf)) : null}
    </>
  );
}
