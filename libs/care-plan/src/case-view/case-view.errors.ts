import type { DomainError } from '@casemgmt/kernel';
import { carePlanError } from '../shared/care-plan-error';

export type CaseViewErrorCode = 'CARE_PLAN.CASE_NOT_FOUND';

export const CaseViewErrors = {
  // Also what a caller gets for a case outside their scope, so a case's existence does not leak.
  notFound: (caseId: string) =>
    carePlanError('CARE_PLAN.CASE_NOT_FOUND', 'not_found', `Case ${caseId} was not found`, { caseId }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: CaseViewErrorCode }>;
