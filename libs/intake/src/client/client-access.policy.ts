import { isRole, type Role } from '@casemgmt/auth';
import type { CaseAccessActor, CaseAccessGrant } from '../case/case-access.policy';
import type { CaseStatus } from '../case/case.decider';

/** What the policy needs to know of each case of the client, as the cases stand now. */
export interface ClientCaseScope {
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly status: CaseStatus;
}

type Rule = (actor: CaseAccessActor, cases: readonly ClientCaseScope[]) => boolean;

// A client is reached through their cases (DESIGN §8): the people working one of them, and intake while nobody does.
const READ: Readonly<Record<Role, Rule>> = {
  admin: () => true,
  auditor: () => true,
  supervisor: (actor, cases) => actor.teamId !== undefined && cases.some((c) => c.teamId === actor.teamId),
  case_manager: (actor, cases) => cases.some((c) => c.caseManagerId === actor.id),
  // Also a client with no case yet, so intake can register them and then open one.
  intake_worker: (_actor, cases) => !cases.some((c) => c.status !== 'closed' && c.caseManagerId !== null),
  provider_partner: () => false,
};

// An auditor reads and changes nothing; everyone else changes what they may read.
const WRITE: Readonly<Record<Role, Rule>> = { ...READ, auditor: () => false };

function grantingRole(
  rules: Readonly<Record<Role, Rule>>,
  actor: CaseAccessActor,
  cases: readonly ClientCaseScope[],
): Role | undefined {
  return actor.roles.filter(isRole).find((role) => rules[role](actor, cases));
}

/** May the actor read the client (and their consents)? `not_found` answers 404, as for a client that is not there. */
export function clientReadGrant(actor: CaseAccessActor, cases: readonly ClientCaseScope[]): CaseAccessGrant {
  const role = grantingRole(READ, actor, cases);
  return role ? { decision: 'granted', role } : { decision: 'not_found' };
}

/** May the actor change the client (or record and revoke their consents)? `forbidden` where they may only read. */
export function clientWriteGrant(actor: CaseAccessActor, cases: readonly ClientCaseScope[]): CaseAccessGrant {
  const role = grantingRole(WRITE, actor, cases);
  if (role) return { decision: 'granted', role };
  return { decision: grantingRole(READ, actor, cases) ? 'forbidden' : 'not_found' };
}
