import { isRole, type RequestContext, type Role } from '@casemgmt/auth';

/** What the policy needs to know of a case, as referral holds it. */
export interface CaseAccessScope {
  readonly teamId: string;
  readonly caseManagerId: string | null;
}

type Rule = (actor: RequestContext['actor'], scope: CaseAccessScope) => boolean;

// The agency's side reads a case's referrals as it reads the case (DESIGN §8): its case manager, the team's
// supervisors, and the tenant's auditors and admins. Provider partners read only through the partner routes.
const READ: Readonly<Record<Role, Rule>> = {
  admin: () => true,
  auditor: () => true,
  supervisor: (actor, scope) => actor.teamId !== undefined && actor.teamId === scope.teamId,
  case_manager: (actor, scope) => scope.caseManagerId === actor.id,
  intake_worker: () => false,
  provider_partner: () => false,
};

/** The roles that may reach the agency's referral routes at all; which cases each may read is {@link caseReadRole}. */
export const REFERRAL_READERS = ['case_manager', 'supervisor', 'auditor', 'admin'] as const satisfies readonly Role[];
/** The roles that may draft, send, cancel and follow up referrals; the decider says on which cases. */
export const REFERRAL_WRITERS = ['case_manager', 'supervisor'] as const satisfies readonly Role[];
/** The receiving organisation's role; the decider and the inbox check the organisation. */
export const REFERRAL_RESPONDERS = ['provider_partner'] as const satisfies readonly Role[];

/** The first of the actor's roles that lets them read the case's referrals, if any. */
export function caseReadRole(actor: RequestContext['actor'], scope: CaseAccessScope): Role | undefined {
  return actor.roles.filter(isRole).find((role) => READ[role](actor, scope));
}
