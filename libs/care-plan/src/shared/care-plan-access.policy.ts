import { isRole, type Role } from '@casemgmt/auth';
import type { CommandMetadata } from '@casemgmt/decider';

/** Who asks: the token's subject, the roles it acts under, and the team claim. */
export interface CarePlanActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly teamId?: string;
}

/** What the policy needs to know of a case, as care plan holds it. */
export interface CaseAccessScope {
  readonly teamId: string;
  readonly caseManagerId: string | null;
}

/** The actor of a command, with every role the route let them bring: any of them may grant it (DESIGN §8). */
export function commandActor(metadata: CommandMetadata): CarePlanActor {
  const { id, role, roles, teamId } = metadata.actor;
  return { id, roles: roles ?? [role], ...(teamId ? { teamId } : {}) };
}

type Rule = (actor: CarePlanActor, scope: CaseAccessScope) => boolean;

const sameTeam: Rule = (actor, scope) => actor.teamId !== undefined && actor.teamId === scope.teamId;
const assignedToActor: Rule = (actor, scope) => scope.caseManagerId === actor.id;
const nobody: Rule = () => false;

// Care plan serves the people who work a case (DESIGN §8, issue 12): its case manager and the team's supervisor
// write; a supervisor of the team approves; an auditor and an admin read the tenant's plans and change nothing;
// intake workers and provider partners see nothing here.
const READ: Readonly<Record<Role, Rule>> = {
  admin: () => true,
  auditor: () => true,
  supervisor: sameTeam,
  case_manager: assignedToActor,
  intake_worker: nobody,
  provider_partner: nobody,
};
const WRITE: Readonly<Record<Role, Rule>> = { ...READ, admin: nobody, auditor: nobody };
const APPROVE: Readonly<Record<Role, Rule>> = { ...WRITE, case_manager: nobody };

/** The roles that may reach care plan's case routes at all; which cases each may read is {@link caseReadGrant}. */
export const CARE_PLAN_READERS = ['case_manager', 'supervisor', 'auditor', 'admin'] as const satisfies readonly Role[];
/** The roles that may change a case's plans and casework; which cases each may change is {@link caseWriteGrant}. */
export const CARE_PLAN_WRITERS = ['case_manager', 'supervisor'] as const satisfies readonly Role[];
/** The roles that may approve or return a plan. */
export const CARE_PLAN_APPROVERS = ['supervisor'] as const satisfies readonly Role[];

/**
 * `granted` with the first of the actor's roles that allows the request (the one its events or the access log
 * record); `not_found` for a case the actor may not even read, so its existence does not leak; `forbidden` where the
 * actor may read the case but not do this to it.
 */
export type CarePlanGrant =
  { readonly decision: 'granted'; readonly role: Role } | { readonly decision: 'not_found' | 'forbidden' };

function roleAllowedBy(
  rules: Readonly<Record<Role, Rule>>,
  actor: CarePlanActor,
  scope: CaseAccessScope,
): Role | undefined {
  return actor.roles.filter(isRole).find((role) => rules[role](actor, scope));
}

function grant(rules: Readonly<Record<Role, Rule>>, actor: CarePlanActor, scope: CaseAccessScope): CarePlanGrant {
  const role = roleAllowedBy(rules, actor, scope);
  if (role) return { decision: 'granted', role };
  return { decision: roleAllowedBy(READ, actor, scope) ? 'forbidden' : 'not_found' };
}

export function caseReadGrant(actor: CarePlanActor, scope: CaseAccessScope): CarePlanGrant {
  const role = roleAllowedBy(READ, actor, scope);
  return role ? { decision: 'granted', role } : { decision: 'not_found' };
}

export function caseWriteGrant(actor: CarePlanActor, scope: CaseAccessScope): CarePlanGrant {
  return grant(WRITE, actor, scope);
}

export function planApprovalGrant(actor: CarePlanActor, scope: CaseAccessScope): CarePlanGrant {
  return grant(APPROVE, actor, scope);
}
