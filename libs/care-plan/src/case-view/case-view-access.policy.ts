import { isRole, type Role } from '@casemgmt/auth';

/** Who asks: the token's subject, the roles it acts under, and the team claim. */
export interface CarePlanActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly teamId?: string;
}

/** What the policy needs to know of a case, as care plan holds it. */
export interface CaseViewScope {
  readonly teamId: string;
  readonly caseManagerId: string | null;
}

/** The roles that may read care plan's cases at all; which cases each may read is {@link mayReadCaseView}. */
export const CASE_VIEW_READERS = ['admin', 'supervisor', 'case_manager'] as const satisfies readonly Role[];

type Rule = (actor: CarePlanActor, scope: CaseViewScope) => boolean;

const READ: Readonly<Record<Role, Rule>> = {
  admin: () => true,
  supervisor: (actor, scope) => actor.teamId !== undefined && actor.teamId === scope.teamId,
  case_manager: (actor, scope) => scope.caseManagerId === actor.id,
  auditor: () => false,
  intake_worker: () => false,
  provider_partner: () => false,
};

/**
 * May the actor read the case? Any of their roles may grant it. A refusal answers 404 like a case that does not
 * exist, so the existence of other teams' and workers' cases does not leak.
 */
export function mayReadCaseView(actor: CarePlanActor, scope: CaseViewScope): boolean {
  return actor.roles.filter(isRole).some((role) => READ[role](actor, scope));
}
