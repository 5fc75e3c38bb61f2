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
 * copies stay as they are, their sealed personal data unreadable for good. The records merged into the client are
 * the same person: their keys are shredded too.
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
    const command = await this.access.authorise(request, [request.data.clientId]);
    return this.eraseWithMerged(command, new Set());
  }

  private async eraseWithMerged(
    command: EraseClientPersonalData,
    erased: Set<string>,
  ): Promise<CommandResult<ClientEvent>> {
    erased.add(command.data.clientId);
    const result = await this.eraseOne(command);
    const loaded = await loadAggregate(this.store, result.streamId, clientDecider, command.metadata.tenantId);
    for (const mergedClientId of loaded.state.mergedClientIds) {
      if (erased.has(mergedClientId)) continue;
      await this.eraseWithMerged({ ...command, data: { ...command.data, clientId: mergedClientId } }, erased);
    }
    return result;
  }

  private async eraseOne(command: EraseClientPersonalData): Promise<CommandResult<ClientEvent>> {
    const { clientId } = command.data;
    const streamId = intakeStreamId('client', clientId);
    // Decide before shredding, so an unknown client or an unknown basis shreds nothing.
    const loaded = await loadAggregate(this.store, streamId, clientDecider, command.metadata.tenantId);
    if (clientDecider.decide(command, loaded.state).length === 0) {
      return { streamId, version: loaded.version, events: [] };
    }
    await this.vault.shred(command.metadata.tenantId, clientId);
    return handleCommand(this.store, streamId, clientDecider, command, undefined, { clientId });
  }
}
