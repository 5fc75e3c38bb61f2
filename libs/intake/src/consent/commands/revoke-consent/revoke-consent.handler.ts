import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RevokeConsent } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

@Injectable()
export class RevokeConsentHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(command: RevokeConsent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    const streamId = intakeStreamId('consent', command.data.consentId);
    // The revocation's metadata (and the key its reason is sealed with) names the consent's client.
    const { state } = await loadAggregate(this.store, streamId, consentDecider, command.metadata.tenantId);
    if (!state.recorded) throw ConsentErrors.notFound(command.data.consentId);
    return handleCommand(this.store, streamId, consentDecider, command, expectedVersion, {
      clientId: state.record.clientId,
      caseId: state.record.caseId,
    });
  }
}
