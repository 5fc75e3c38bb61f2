import { readOnlyDecider } from '@casemgmt/decider';
import { caseworkDecider as caseworkDecision } from './casework/casework.decider';
import { planDecider as planDecision } from './plan/plan.decider';

// What other contexts may use of care plan (ADR 0018): its published language, how its streams are named, how a
// case's plans fold into state for a replay, the shape of the case as care plan answers it, and its error codes.
// Nothing here reaches the module, its handlers or its read model.
export { CARE_PLAN_CONTRACT } from './care-plan.contract';
export { CARE_PLAN_CATEGORIES, carePlanStreamId, idOfCarePlanStream } from './shared/care-plan-streams';
export type { CaseView } from './case-view/case-view.types';
export type { CaseViewErrorCode } from './case-view/case-view.errors';
export type { PlanErrorCode } from './plan/plan.errors';
export type { WorklistErrorCode } from './worklist/worklist.errors';
export type { PlanEvent, PlansState, PlanRecord, ApprovalStatus } from './plan/plan.decider';
export type { CaseworkEvent, CaseworkState } from './casework/casework.decider';
export type { CaseworkErrorCode } from './casework/casework.errors';

/** A case's plans' `initialState` and `evolve`, read-only: the audit service replays a case's plans with them. */
export const planDecider = readOnlyDecider(planDecision);

/** A case's casework's `initialState` and `evolve`, read-only. */
export const caseworkDecider = readOnlyDecider(caseworkDecision);
