import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { ClientAccess } from '../../../client/client-access';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RevokeConsent } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

@Injectable()
export class RevokeConsentHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: RevokeConsent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    const { consentId } = request.data;
    const streamId = intakeStreamId('consent', consentId);
    // The revocation's metadata (and the key its reason is sealed with) names the consent's client.
    const { state } = await loadAggregate(this.store, streamId, consentDecider, request.metadata.tenantId);
    if (!state.recorded) throw ConsentErrors.notFound(consentId);
    // Changed through its client's scope (ADR 0012): out of scope, the consent is not on record for the actor.
    const command = await this.access.authorise(request, [state.record.clientId], () =>
      ConsentErrors.notFound(consentId),
    );
    return handleCommand(this.store, streamId, consentDecider, command, expectedVersion, {
      clientId: state.record.clientId,
      caseId: state.record.caseId,
    });
  }
}
