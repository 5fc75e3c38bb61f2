import { ClientErrors } from './client.errors';
import type { ClientState } from './client.state';

/**
 * What a decision on another stream needs to know of a client, as the client's stream tells it: a handler loads it
 * and passes it in the command (a case is opened, a consent recorded, only for a registered, live client).
 */
export type ClientStanding = Pick<ClientState, 'registered' | 'mergedInto' | 'erased'>;

export function assertClientRegistered(clientId: string, client: ClientStanding): void {
  if (!client.registered) throw ClientErrors.notFound(clientId);
}

/** Work goes on the surviving record of a merged client, never on the one merged away, and never on an erased one. */
export function assertClientLive(clientId: string, client: ClientStanding): void {
  if (client.mergedInto !== null) throw ClientErrors.merged(clientId, client.mergedInto);
  if (client.erased) throw ClientErrors.erased(clientId);
}
