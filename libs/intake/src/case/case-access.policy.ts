import { isRole, type Role } from '@casemgmt/auth';
import type { CommandMetadata } from '@casemgmt/decider';

/** Who asks: the token's subject, the roles it acts under, and the team claim. */
export interface CaseAccessActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly teamId?: string;
}

/** The actor of a command, with every role the route let them bring: any of them may grant it (DESIGN §8). */
export function commandAccessActor(metadata: CommandMetadata): CaseAccessActor {
  const { id, role, roles, teamId } = metadata.actor;
  return { id, roles: roles ?? [role], ...(teamId ? { teamId } : {}) };
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

/** A decision, and on `granted` the first of the actor's roles (in the order given) that allows the request. */
export type CaseAccessGrant =
  { readonly decision: 'granted'; readonly role: Role } | { readonly decision: 'not_found' | 'forbidden' };

function grantingRole(rules: Readonly<Record<Role, Rule>>, actor: CaseAccessActor, scope: CaseScope): Role | undefined {
  return actor.roles.filter(isRole).find((role) => rules[role](actor, scope));
}

function allowedBy(rules: Readonly<Record<Role, Rule>>, actor: CaseAccessActor, scope: CaseScope): boolean {
  return grantingRole(rules, actor, scope) !== undefined;
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

/** As {@link caseReadAccess}, naming the role that grants the read: the one the access log records. */
export function caseReadGrant(actor: CaseAccessActor, scope: CaseScope): CaseAccessGrant {
  const role = grantingRole(READ, actor, scope);
  return role ? { decision: 'granted', role } : { decision: 'not_found' };
}

/** As {@link caseWriteAccess}, naming the role that grants the change: the one its events record. */
export function caseWriteGrant(actor: CaseAccessActor, scope: CaseScope): CaseAccessGrant {
  const role = grantingRole(WRITE, actor, scope);
  if (role) return { decision: 'granted', role };
  return { decision: mayReadCase(actor, scope) ? 'forbidden' : 'not_found' };
}
