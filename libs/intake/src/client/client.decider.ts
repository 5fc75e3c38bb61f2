import type { Decider } from '@casemgmt/decider';
import type { ClientCommand } from './client.commands';
import { decideClient } from './client.decide';
import type { ClientEvent } from './client.events';
import { evolveClient, initialClientState, type ClientState } from './client.state';

// A client's decider, assembled from its parts: events (client.events.ts), commands (client.commands.ts), state and
// evolve (client.state.ts), decide (client.decide.ts).
export * from './client.events';
export * from './client.commands';
export * from './client.state';
export { decideClient } from './client.decide';

export const clientDecider: Decider<ClientCommand, ClientEvent, ClientState> = {
  decide: decideClient,
  evolve: evolveClient,
  initialState: initialClientState,
};
