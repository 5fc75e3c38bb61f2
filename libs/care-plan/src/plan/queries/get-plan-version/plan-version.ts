import type { ReadOnlyDecider } from '@casemgmt/decider';
import { planDecider, type PlanEvent, type PlanRecord, type PlansState } from '../../plan.decider';

/** The case's plans as they stand, and one plan as it read the last time it was at one version. */
export interface PlanAtVersionState {
  readonly plans: PlansState;
  readonly atVersion: PlanRecord | null;
}

/**
 * Folds the case's plans stream keeping `planId` as it last stood at `version`: what that version said, with the
 * approvals, notes and reviews recorded before the plan moved on to the next version.
 */
export function planAtVersionDecider(planId: string, version: number): ReadOnlyDecider<PlanEvent, PlanAtVersionState> {
  return {
    initialState: () => ({ plans: planDecider.initialState(), atVersion: null }),
    evolve: (state, event) => {
      const plans = planDecider.evolve(state.plans, event);
      const plan = plans.plans.find((each) => each.planId === planId);
      return { plans, atVersion: plan?.version === version ? plan : state.atVersion };
    },
  };
}
