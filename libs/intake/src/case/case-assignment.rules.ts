import { isRole, type Role } from '@casemgmt/auth';
import { mayWriteCase, type CaseAccessActor, type CaseScope } from './case-access.policy';
import { CaseErrors } from './case.errors';

// Who may give a case to whom (ADR 0013), on top of who may change the case at all (case-access.policy.ts). A caller
// may hold several roles: each is judged in its own scope, and the first (in the caller's order) that allows the
// request is the one it is allowed under and recorded on its events (ADR 0012). Judging a role's scope together
// with another role's permission would let a supervisor who also works intake assign another team's queue.

/** What the worker registry says of the assignee, read by the assignment handler; null when nobody of that id is. */
export interface AssigneeRecord {
  readonly active: boolean;
  readonly teamId: string;
  readonly roles: readonly string[];
}

const inTeam = (actor: CaseAccessActor, teamId: string): boolean =>
  actor.teamId !== undefined && actor.teamId === teamId;

type AssignRule = (actor: CaseAccessActor, scope: CaseScope) => boolean;

/**
 * An admin assigns in any team; a supervisor the cases of their own team; an intake worker the cases of their own
 * team that intake may change (the ones they opened, and the unassigned queue). No other role assigns.
 */
const ASSIGN: Readonly<Partial<Record<Role, AssignRule>>> = {
  admin: () => true,
  supervisor: (actor, scope) => inTeam(actor, scope.teamId),
  intake_worker: (actor, scope) =>
    inTeam(actor, scope.teamId) && mayWriteCase({ ...actor, roles: ['intake_worker'] }, scope),
};

/**
 * The role the actor may assign the case under, or undefined. With an override of the caseload limit only a
 * supervisor's role counts: an admin or intake role the same caller holds does not answer for an overloaded worker.
 */
export function assigningRole(actor: CaseAccessActor, scope: CaseScope, override: boolean): Role | undefined {
  return actor.roles
    .filter(isRole)
    .find((role) => (!override || role === 'supervisor') && (ASSIGN[role]?.(actor, scope) ?? false));
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
 * The role the actor may move a case into `toTeamId` under: admin, or supervisor of that team. Undefined for anyone
 * else, whom the caller refuses as the access policy says (403 if they may read the case, 404 if not).
 */
export function transferringRole(actor: CaseAccessActor, toTeamId: string): Role | undefined {
  return actor.roles
    .filter(isRole)
    .find((role) => role === 'admin' || (role === 'supervisor' && inTeam(actor, toTeamId)));
}
