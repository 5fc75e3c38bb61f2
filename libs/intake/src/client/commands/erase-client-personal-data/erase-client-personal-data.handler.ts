import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { InjectIntakeEventStore, InjectPersonalDataVault } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { ClientAccess } from '../../client-access';
import { clientDecider, type ClientEvent, type EraseClientPersonalData } from '../../client.decider';

/**
 * Crypto-shredding: the client's key is deleted, then the erasure is recorded. Events, the audit chain and Kafka
 * copies stay as they are, their sealed personal data unreadable for good.
 */
@Injectable()
export class EraseClientPersonalDataHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    // intake.module imports this file (through client.providers): the token is read once both are loaded.
    @InjectPersonalDataVault() private readonly vault: PersonalDataVault,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: EraseClientPersonalData): Promise<CommandResult<ClientEvent>> {
    const { clientId, reason } = request.data;
    const command = await this.access.authorise(request, [clientId]);
    const streamId = intakeStreamId('client', clientId);
    // Decide before shredding, so an unknown client or a missing reason shreds nothing.
    const loaded = await loadAggregate(this.store, streamId, clientDecider, command.metadata.tenantId);
    if (clientDecider.decide(command, loaded.state).length === 0) {
      return { streamId, version: loaded.version, events: [] };
    }
    await this.vault.shred(command.metadata.tenantId, clientId);
    return handleCommand(this.store, streamId, clientDecider, command, undefined, { clientId, reason: reason.trim() });
  }
}
