import type { CommandMetadata } from '@casemgmt/decider';
import { CaseErrors } from './case.errors';

// Who may give a case to whom (ADR 0013), on top of who may change the case at all (case-access.policy.ts).

/** What the worker registry says of the assignee, read by the assignment handler; null when nobody of that id is. */
export interface AssigneeRecord {
  readonly active: boolean;
  readonly teamId: string;
  readonly roles: readonly string[];
}

type Actor = CommandMetadata['actor'];

/**
 * An intake worker assigns the cases of their own team only; a supervisor is already held to their team by the
 * access policy, and an admin assigns in any team.
 */
export function assertMayAssign(actor: Actor, caseId: string, caseTeamId: string): void {
  if (actor.role === 'intake_worker' && actor.teamId !== caseTeamId) throw CaseErrors.assignmentForbidden(caseId);
}

/** The assignee must be a registered, active case manager of the case's team. */
export function assertAssignable(caseManagerId: string, assignee: AssigneeRecord | null, caseTeamId: string): void {
  if (assignee === null) throw CaseErrors.assigneeNotAssignable(caseManagerId, 'unknown', caseTeamId);
  if (!assignee.active) throw CaseErrors.assigneeNotAssignable(caseManagerId, 'deactivated', caseTeamId);
  if (!assignee.roles.includes('case_manager')) {
    throw CaseErrors.assigneeNotAssignable(caseManagerId, 'not_a_case_manager', caseTeamId);
  }
  if (assignee.teamId !== caseTeamId) throw CaseErrors.assigneeNotAssignable(caseManagerId, 'other_team', caseTeamId);
}

/**
 * A case moves into a team on the word of that team's supervisor, or an admin's. Answers false for anyone else,
 * whom the caller refuses as the access policy says (403 if they may read the case, 404 if not).
 */
export function mayTransferInto(actor: Actor, toTeamId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'supervisor' && actor.teamId === toTeamId);
}
