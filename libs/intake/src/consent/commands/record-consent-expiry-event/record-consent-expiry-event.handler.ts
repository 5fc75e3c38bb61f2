import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RecordConsentExpiryEvent } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

@Injectable()
export class RecordConsentExpiryEventHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(command: RecordConsentExpiryEvent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    const streamId = intakeStreamId('consent', command.data.consentId);
    // Every consent event names the consent's client in its metadata.
    const { state } = await loadAggregate(this.store, streamId, consentDecider, command.metadata.tenantId);
    if (!state.recorded) throw ConsentErrors.notFound(command.data.consentId);
    return handleCommand(this.store, streamId, consentDecider, command, expectedVersion, {
      clientId: state.record.clientId,
      caseId: state.record.caseId,
    });
  }
}
