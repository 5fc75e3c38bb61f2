import type { Decider } from '@casemgmt/decider';
import type { ReferralCommand } from './referral.commands';
import { decideReferral, referralGrantingRole } from './referral.decide';
import type { ReferralEvent } from './referral.events';
import { evolveReferral, initialReferralState, type ReferralState } from './referral.state';

// A referral's decider, assembled from its parts: events (referral.events.ts), commands (referral.commands.ts), state
// and evolve (referral.state.ts), decide with the table of transitions (referral.decide.ts).
export * from './referral.events';
export * from './referral.commands';
export * from './referral.state';
export { REFERRAL_TRANSITIONS } from './referral.decide';

export const referralDecider: Decider<ReferralCommand, ReferralEvent, ReferralState> = {
  decide: decideReferral,
  evolve: evolveReferral,
  initialState: initialReferralState,
  grantingRole: referralGrantingRole,
};
