import type { ClientStanding } from '../../client-standing';
import type { MergeClient, MergeClientInto } from '../../client.commands';
import { ClientErrors } from '../../client.errors';
import type { ClientMerged, ClientMergedInto } from '../../client.events';
import type { ClientState } from '../../client.state';

// A merge writes two streams, each deciding its own side. The survivor is checked on both, so a refused merge writes
// nothing on either, and both sides are idempotent, so repeating a merge that stopped half-way completes it.

/** On the survivor's stream: `mergedClientId` now refers to this client. */
export function decideMergeClient(command: MergeClient, state: ClientState): ClientMerged[] {
  const { clientId, mergedClientId, reason } = command.data;
  assertSurvivor(clientId, mergedClientId, reason, state);
  if (state.mergedClientIds.includes(mergedClientId)) return [];
  return [{ type: 'ClientMerged', data: { clientId, mergedClientId, personal: { reason: reason.trim() } } }];
}

/** On the merged client's stream, given the survivor as its stream tells it: this record lives on as the survivor. */
export function decideMergeClientInto(command: MergeClientInto, state: ClientState): ClientMergedInto[] {
  const { clientId, survivorId, reason, survivor } = command.data;
  assertSurvivor(survivorId, clientId, reason, survivor);
  if (!state.registered) throw ClientErrors.notFound(clientId);
  // A retry of a merge that stopped half-way finds this side done and carries on with the survivor's.
  if (state.mergedInto === survivorId) return [];
  if (state.mergedInto !== null) throw ClientErrors.merged(clientId, state.mergedInto);
  return [{ type: 'ClientMergedInto', data: { clientId, survivorId, personal: { reason: reason.trim() } } }];
}

function assertSurvivor(survivorId: string, mergedClientId: string, reason: string, survivor: ClientStanding): void {
  if (mergedClientId === survivorId) throw ClientErrors.mergeIntoItself(survivorId);
  if (!survivor.registered) throw ClientErrors.notFound(survivorId);
  // Merging into a merged client would leave a chain; the worker merges into its survivor instead.
  if (survivor.mergedInto !== null) throw ClientErrors.merged(survivorId, survivor.mergedInto);
  // A survivor keeps the person's details; an erased record has none left to keep.
  if (survivor.erased) throw ClientErrors.erased(survivorId);
  if (reason.trim() === '') throw ClientErrors.reasonRequired('a merge');
}
