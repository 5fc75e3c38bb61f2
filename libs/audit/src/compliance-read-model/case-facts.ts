import type { ComplianceEvent } from '../compliance/compliance-event';

/** The published types a case's program and case manager are read from (intake's case events). */
export const CASE_OPENED = 'intake.CaseOpened.v1';
export const CASE_ASSIGNED = 'intake.CaseAssigned.v1';
export const CASE_TRANSFERRED = 'intake.CaseTransferred.v1';

/** What a report groups a case's obligations by, besides the rule and the month. */
export interface CaseFacts {
  /** The program the case was opened in (`CaseOpened.programId`), or null before it is known. */
  readonly programId: string | null;
  /** The team holding the case (`CaseOpened.teamId`, then each `CaseTransferred.toTeamId`), or null. */
  readonly teamId: string | null;
  /** Its case manager now (`CaseAssigned.caseManagerId`), or null when unassigned (never, or since a transfer). */
  readonly workerId: string | null;
}

/**
 * A case's program, team and case manager from its events in the order they were recorded: the last assignment holds
 * until a transfer to another team unassigns the case.
 */
export function caseFactsOf(events: readonly ComplianceEvent[]): CaseFacts {
  let programId: string | null = null;
  let teamId: string | null = null;
  let workerId: string | null = null;
  for (const event of events) {
    if (event.type === CASE_OPENED && programId === null) {
      programId = text(event.data['programId']);
      teamId = text(event.data['teamId']);
    } else if (event.type === CASE_ASSIGNED) workerId = text(event.data['caseManagerId']);
    else if (event.type === CASE_TRANSFERRED) {
      workerId = null;
      teamId = text(event.data['toTeamId']) ?? teamId;
    }
  }
  return { programId, teamId, workerId };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
