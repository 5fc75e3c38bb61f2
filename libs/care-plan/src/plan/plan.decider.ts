import type { Decider } from '@casemgmt/decider';
import type { PlanCommand } from './plan.commands';
import { decidePlan, planGrantingRole } from './plan.decide';
import type { PlanEvent } from './plan.events';
import { evolvePlans, initialPlansState, type PlansState } from './plan.state';

// A case's care plans, assembled from their parts: events (plan.events.ts), commands (plan.commands.ts), state and
// evolve (plan.state.ts), decide (plan.decide.ts, with the rules of goals and of approval beside it).
export * from './plan.events';
export * from './plan.commands';
export * from './plan.state';

export const planDecider: Decider<PlanCommand, PlanEvent, PlansState> = {
  decide: decidePlan,
  evolve: evolvePlans,
  initialState: initialPlansState,
  grantingRole: planGrantingRole,
};
