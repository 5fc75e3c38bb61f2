import type { RequestContext } from '@casemgmt/auth';
import type { NeedCode } from '../../screening/screening.types';
import type { AccessLog } from '../../shared/access-log';
import { CASE_PRIORITIES, WORKING_STATUSES, type CasePriority, type WorkingStatus } from '../case.decider';
import type { CaseloadEntry } from '../projections/caseload/caseload-entry.entity';

/** An open case as a caseload lists it: no personal data. */
export interface CaseloadCase {
  readonly caseId: string;
  readonly clientId: string;
  readonly programId: string;
  readonly priority: CasePriority;
  readonly status: WorkingStatus;
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly openedAt: string;
  readonly lastEventAt: string;
  readonly safetyFlagOpen: boolean;
  readonly needs: readonly NeedCode[];
}

export interface CaseloadCounts {
  readonly openCases: number;
  readonly byStatus: Readonly<Record<WorkingStatus, number>>;
  readonly byPriority: Readonly<Record<CasePriority, number>>;
  readonly openSafetyFlags: number;
}

/** Open cases, most urgent first, then oldest first. */
export function caseloadCasesOf(rows: readonly CaseloadEntry[]): CaseloadCase[] {
  return rows
    .filter((row): row is CaseloadEntry & { status: WorkingStatus } => row.status !== 'closed')
    .map((row) => ({
      caseId: row.caseId,
      clientId: row.clientId,
      programId: row.programId,
      priority: row.priority,
      status: row.status,
      teamId: row.teamId,
      caseManagerId: row.caseManagerId,
      openedAt: row.openedAt.toISOString(),
      lastEventAt: row.lastEventAt.toISOString(),
      safetyFlagOpen: row.safetyFlagOpen,
      needs: row.needs,
    }))
    .sort(
      (a, b) =>
        CASE_PRIORITIES.indexOf(a.priority) - CASE_PRIORITIES.indexOf(b.priority) ||
        a.openedAt.localeCompare(b.openedAt),
    );
}

export function countsOf(cases: readonly CaseloadCase[]): CaseloadCounts {
  const byStatus = Object.fromEntries(WORKING_STATUSES.map((status) => [status, 0])) as Record<WorkingStatus, number>;
  const byPriority = Object.fromEntries(CASE_PRIORITIES.map((priority) => [priority, 0])) as Record<
    CasePriority,
    number
  >;
  for (const item of cases) {
    byStatus[item.status] += 1;
    byPriority[item.priority] += 1;
  }
  return {
    openCases: cases.length,
    byStatus,
    byPriority,
    openSafetyFlags: cases.filter((item) => item.safetyFlagOpen).length,
  };
}

/** A list of cases shows case data: each listed case is a recorded read, under the role that lists it. */
export async function recordListedCases(
  accessLog: AccessLog,
  context: RequestContext,
  cases: readonly CaseloadCase[],
  view: string,
  role: string,
): Promise<void> {
  for (const item of cases) {
    await accessLog.record(context, {
      subject: 'case',
      subjectId: item.caseId,
      clientId: item.clientId,
      caseId: item.caseId,
      view,
      role,
    });
  }
}
