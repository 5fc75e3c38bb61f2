import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { ClientAccess } from '../../client-access';
import { clientDecider, type ClientEvent, type MergeClient } from '../../client.decider';

export interface MergeClientsResult {
  readonly survivor: CommandResult<ClientEvent>;
  readonly merged: CommandResult<ClientEvent>;
}

/**
 * A merge writes two streams, so it cannot be one append: the merged client records its survivor (decided with the
 * survivor's stream read first, so a refused merge writes nothing), then the survivor records the merge. Both sides
 * are idempotent, so repeating a merge that stopped half-way completes it.
 */
@Injectable()
export class MergeClientsHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: MergeClient): Promise<MergeClientsResult> {
    const { clientId: survivorId, mergedClientId, reason } = request.data;
    // Both records change: the actor must reach both.
    const command = await this.access.authorise(request, [survivorId, mergedClientId]);
    const survivorStream = intakeStreamId('client', survivorId);
    const survivor = await loadAggregate(this.store, survivorStream, clientDecider, command.metadata.tenantId);

    const merged = await handleCommand(
      this.store,
      intakeStreamId('client', mergedClientId),
      clientDecider,
      {
        type: 'MergeClientInto',
        data: { clientId: mergedClientId, survivorId, reason, survivor: survivor.state },
        metadata: command.metadata,
      },
      undefined,
      { clientId: mergedClientId },
    );
    // Each side seals the reason with its own client's key: an erasure of either leaves the other's readable.
    const survivorResult = await handleCommand(this.store, survivorStream, clientDecider, command, undefined, {
      clientId: survivorId,
    });
    return { survivor: survivorResult, merged };
  }
}
