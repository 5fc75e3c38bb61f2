import { inputChecks } from '@casemgmt/decider';
import { PlanErrors } from './plan.errors';
import { ENDED_PLAN_STATUSES, type PlanStatus } from './plan.events';
import type { PlanRecord, PlansState } from './plan.state';

// The checks every plan decision shares.

export function planOf(state: PlansState, planId: string): PlanRecord {
  const plan = state.plans.find((candidate) => candidate.planId === planId);
  if (!plan) throw PlanErrors.planNotFound(planId);
  return plan;
}

export function isEnded(status: PlanStatus): boolean {
  return (ENDED_PLAN_STATUSES as readonly string[]).includes(status);
}

export function assertNotEnded(plan: PlanRecord): void {
  if (isEnded(plan.status)) throw PlanErrors.planEnded(plan.planId, plan.status);
}

export const { required, oneOf } = inputChecks(PlanErrors.invalid);
