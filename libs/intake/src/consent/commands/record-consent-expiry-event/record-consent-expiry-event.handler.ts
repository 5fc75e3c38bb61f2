import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { ClientAccess } from '../../../client/client-access';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RecordConsentExpiryEvent } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

@Injectable()
export class RecordConsentExpiryEventHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: RecordConsentExpiryEvent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    const { consentId } = request.data;
    const streamId = intakeStreamId('consent', consentId);
    // Every consent event names the consent's client in its metadata.
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
