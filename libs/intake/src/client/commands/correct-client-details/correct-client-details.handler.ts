import { Injectable } from '@nestjs/common';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { clientDecider, type ClientEvent, type CorrectClientDetails } from '../../client.decider';

@Injectable()
export class CorrectClientDetailsHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: CorrectClientDetails, expectedVersion: number): Promise<CommandResult<ClientEvent>> {
    const { clientId, reason } = command.data;
    return handleCommand(this.store, intakeStreamId('client', clientId), clientDecider, command, expectedVersion, {
      clientId,
      reason: reason.trim(),
    });
  }
}
