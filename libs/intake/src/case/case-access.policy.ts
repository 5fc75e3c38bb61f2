import { isRole, type Role } from '@casemgmt/auth';

/** Who asks: the token's subject, the roles it acts under, and the team claim. */
export interface CaseAccessActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly teamId?: string;
}

/** What the policy needs to know of a case. */
export interface CaseScope {
  readonly openedBy: string;
  readonly teamId: string;
  readonly caseManagerId: string | null;
}

/**
 * `not_found` for a case the actor may not even read: answering 404 (`INTAKE.CASE_NOT_FOUND`) rather than 403 keeps
 * the existence of other teams' and workers' cases from leaking. `forbidden` only where the actor may read the case
 * but not change it (an auditor).
 */
export type CaseAccessDecision = 'granted' | 'not_found' | 'forbidden';

type Rule = (actor: CaseAccessActor, scope: CaseScope) => boolean;

const sameTeam: Rule = (actor, scope) => actor.teamId !== undefined && actor.teamId === scope.teamId;
const assignedToActor: Rule = (actor, scope) => scope.caseManagerId === actor.id;
// Intake works the front door: the cases a worker opened, and the queue nobody has picked up yet.
const openedByActorOrUnassigned: Rule = (actor, scope) => scope.openedBy === actor.id || scope.caseManagerId === null;

const READ: Readonly<Record<Role, Rule>> = {
  admin: () => true,
  auditor: () => true,
  supervisor: sameTeam,
  case_manager: assignedToActor,
  intake_worker: openedByActorOrUnassigned,
  provider_partner: () => false,
};

// An auditor reads everything and changes nothing (DESIGN §8); everyone else writes what they may read.
const WRITE: Readonly<Record<Role, Rule>> = { ...READ, auditor: () => false };

function allowedBy(rules: Readonly<Record<Role, Rule>>, actor: CaseAccessActor, scope: CaseScope): boolean {
  return actor.roles.filter(isRole).some((role) => rules[role](actor, scope));
}

/** May the actor read the case? Any of their roles may grant it. */
export function mayReadCase(actor: CaseAccessActor, scope: CaseScope): boolean {
  return allowedBy(READ, actor, scope);
}

/** May the actor change the case? Any of their roles may grant it. */
export function mayWriteCase(actor: CaseAccessActor, scope: CaseScope): boolean {
  return allowedBy(WRITE, actor, scope);
}

export function caseReadAccess(actor: CaseAccessActor, scope: CaseScope): CaseAccessDecision {
  return mayReadCase(actor, scope) ? 'granted' : 'not_found';
}

export function caseWriteAccess(actor: CaseAccessActor, scope: CaseScope): CaseAccessDecision {
  if (mayWriteCase(actor, scope)) return 'granted';
  return mayReadCase(actor, scope) ? 'forbidden' : 'not_found';
}
