import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import type { ClientAccess } from '../client/client-access';
import { intakeStreamId } from '../shared/intake-streams';
import { consentDecider, type ConsentCommand, type ConsentEvent, type RecordConsent } from './consent.decider';
import { ConsentErrors } from './consent.errors';

/**
 * Load the consent, decide, append, for every command on a recorded consent. Only the stream knows the consent's
 * client: the scope the actor must have (ADR 0012), and the key its events' personal data is sealed with.
 */
export async function handleConsentCommand(
  store: EventStore,
  access: ClientAccess,
  request: Exclude<ConsentCommand, RecordConsent>,
  expectedVersion?: number,
): Promise<CommandResult<ConsentEvent>> {
  const { consentId } = request.data;
  const streamId = intakeStreamId('consent', consentId);
  const { state } = await loadAggregate(store, streamId, consentDecider, request.metadata.tenantId);
  if (!state.recorded) throw ConsentErrors.notFound(consentId);
  // Out of the actor's scope, the consent is not on record for them.
  const command = await access.authorise(request, [state.record.clientId], () => ConsentErrors.notFound(consentId));
  return handleCommand(store, streamId, consentDecider, command, expectedVersion, {
    clientId: state.record.clientId,
    caseId: state.record.caseId,
  });
}
