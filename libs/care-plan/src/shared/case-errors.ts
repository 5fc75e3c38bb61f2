import type { DomainError } from '@casemgmt/kernel';
import { carePlanError } from './care-plan-error';

/** The refusals every care plan aggregate of a case shares: the case unknown, not open, or not the actor's to change. */
export type CaseErrorCode = 'CARE_PLAN.CASE_NOT_FOUND' | 'CARE_PLAN.CASE_NOT_OPEN' | 'CARE_PLAN.WRITE_FORBIDDEN';

export const CaseErrors = {
  // Also what a caller gets for a case outside their scope, so a case's existence does not leak.
  caseNotFound: (caseId: string) =>
    carePlanError('CARE_PLAN.CASE_NOT_FOUND', 'not_found', `Case ${caseId} was not found`, { caseId }),
  caseNotOpen: (caseId: string, status: string) =>
    carePlanError(
      'CARE_PLAN.CASE_NOT_OPEN',
      'conflict',
      `Case ${caseId} is ${status}: a case that is not open takes no new plan, goal, intervention, contact or appointment`,
      { caseId, status, rule: 'a case that is not open refuses new care plan work' },
    ),
  writeForbidden: (caseId: string, roles: readonly string[]) =>
    carePlanError(
      'CARE_PLAN.WRITE_FORBIDDEN',
      'forbidden',
      `Acting as ${roles.join(', ')}, you may read the plans and casework of case ${caseId} but not change them`,
      { caseId, roles },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: CaseErrorCode }>;
