// What other contexts may use of care plan (ADR 0018): its published language (no events yet), the shape of the
// case as care plan answers it, and the codes of its errors. Nothing here reaches the module, its handlers or its
// read model.
export { CARE_PLAN_CONTRACT } from './care-plan.contract';
export type { CaseView } from './case-view/case-view.types';
export type { CaseViewErrorCode } from './case-view/case-view.errors';
