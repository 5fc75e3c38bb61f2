import { Injectable } from '@nestjs/common';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { ClientAccess } from '../../client-access';
import { clientDecider, type ClientEvent, type CorrectClientDetails } from '../../client.decider';

@Injectable()
export class CorrectClientDetailsHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: CorrectClientDetails, expectedVersion: number): Promise<CommandResult<ClientEvent>> {
    const { clientId } = request.data;
    const command = await this.access.authorise(request, [clientId]);
    // The reason is sealed in the event's `personal`, not carried in clear in the metadata (ADR 0014).
    return handleCommand(this.store, intakeStreamId('client', clientId), clientDecider, command, expectedVersion, {
      clientId,
    });
  }
}
