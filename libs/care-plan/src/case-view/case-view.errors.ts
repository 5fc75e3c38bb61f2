import { CaseErrors } from '../shared/case-errors';

export type CaseViewErrorCode = 'CARE_PLAN.CASE_NOT_FOUND';

export const CaseViewErrors = {
  // Also what a caller gets for a case outside their scope, so a case's existence does not leak.
  notFound: CaseErrors.caseNotFound,
};
