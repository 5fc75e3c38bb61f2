import type { Decider } from '@casemgmt/decider';
import type { ConsentCommand } from './consent.commands';
import { consentGrantingRole, decideConsent } from './consent.decide';
import type { ConsentEvent } from './consent.events';
import { evolveConsent, initialConsentState, type ConsentState } from './consent.state';

// A consent's decider, assembled from its parts: events (consent.events.ts), commands (consent.commands.ts), state
// and evolve (consent.state.ts), decide (consent.decide.ts, and recording's own in commands/record-consent/).
export * from './consent.events';
export * from './consent.commands';
export * from './consent.state';
export { decideConsent } from './consent.decide';

export const consentDecider: Decider<ConsentCommand, ConsentEvent, ConsentState> = {
  decide: decideConsent,
  evolve: evolveConsent,
  initialState: initialConsentState,
  grantingRole: consentGrantingRole,
};
