import { Injectable } from '@nestjs/common';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RecordConsent } from '../../consent.decider';

@Injectable()
export class RecordConsentHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: RecordConsent): Promise<CommandResult<ConsentEvent>> {
    const { consentId, clientId, caseId } = command.data;
    return handleCommand(this.store, intakeStreamId('consent', consentId), consentDecider, command, undefined, {
      clientId,
      caseId,
    });
  }
}
