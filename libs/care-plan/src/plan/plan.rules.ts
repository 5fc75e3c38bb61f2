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

export function required(field: string, value: string | undefined): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') throw PlanErrors.invalid(field, 'is required');
  return trimmed;
}

export function oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw PlanErrors.invalid(field, `must be one of ${allowed.join(', ')}`);
  return found;
}
