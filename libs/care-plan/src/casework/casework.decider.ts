import type { Decider } from '@casemgmt/decider';
import type { CaseworkCommand } from './casework.commands';
import { caseworkGrantingRole, decideCasework } from './casework.decide';
import type { CaseworkEvent } from './casework.events';
import { evolveCasework, initialCaseworkState, type CaseworkState } from './casework.state';

// A case's casework, assembled from its parts: events (casework.events.ts), commands (casework.commands.ts), state
// and evolve (casework.state.ts), decide (casework.decide.ts, with the rules of appointments beside it).
export * from './casework.events';
export * from './casework.commands';
export * from './casework.state';

export const caseworkDecider: Decider<CaseworkCommand, CaseworkEvent, CaseworkState> = {
  decide: decideCasework,
  evolve: evolveCasework,
  initialState: initialCaseworkState,
  grantingRole: caseworkGrantingRole,
};
