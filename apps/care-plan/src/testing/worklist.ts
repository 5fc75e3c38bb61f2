import { DateTime, Duration } from 'luxon';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { TIME_ZONE } from './intake-and-care-plan';

/** A worklist item as the routes answer it. */
export interface WorklistItem {
  readonly caseId: string;
  readonly caseManagerId: string | null;
  readonly kind: string;
  readonly dueAt: string;
  readonly overdueBy: number;
  readonly satisfiedBy: string;
  readonly [ref: string]: unknown;
}

/** The agency's clock now, a date's end there, and an instant plus an ISO 8601 duration there, as ISO text. */
export const agencyNow = () => DateTime.now().setZone(TIME_ZONE);
export const endOfAgencyDate = (date: string) =>
  DateTime.fromISO(date, { zone: TIME_ZONE }).endOf('day').toJSDate().toISOString();
export const agencyPlus = (instant: Date, iso: string) =>
  DateTime.fromJSDate(instant, { zone: TIME_ZONE }).plus(Duration.fromISO(iso)).toJSDate().toISOString();

/** Reads a case manager's or a team's worklist (expecting 200), and the sorted kinds of a case's items in one. */
export function worklistReads(
  host: TestHost,
  defaults: { readonly caseManager: TestCaller; readonly supervisor: TestCaller },
) {
  const list = async (caller: TestCaller, path: string): Promise<WorklistItem[]> => {
    const answer = await host.call('GET', path, caller);
    expect(answer.status).toBe(200);
    return answer.body['items'] as WorklistItem[];
  };
  return {
    mine: (caller: TestCaller = defaults.caseManager) => list(caller, '/care-plan/worklist/me'),
    team: (teamId = defaults.supervisor.team ?? '', caller: TestCaller = defaults.supervisor) =>
      list(caller, `/care-plan/worklist?teamId=${teamId}`),
    kindsOf: (items: readonly WorklistItem[], caseId: string) =>
      items
        .filter((item) => item.caseId === caseId)
        .map((item) => item.kind)
        .sort(),
  };
}

/** Care plan's row of a case, as its consumer of intake's events left it. */
export async function caseRowOf(host: TestHost, caseId: string): Promise<Record<string, unknown> | undefined> {
  return (await host.pool.query('SELECT * FROM care_plan.cases WHERE case_id = $1', [caseId])).rows[0];
}
