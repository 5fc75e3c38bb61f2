import { Injectable, Logger } from '@nestjs/common';
import { underRole, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { settleCaseSlot } from '../../../caseload/caseload-slots';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleCaseCommand } from '../../case-command';
import type { TransferCase, CaseEvent } from '../../case.decider';

/** Moves the case to another team, then gives the slot of the case manager it was taken from back (ADR 0013). */
@Injectable()
export class TransferCaseHandler {
  private readonly logger = new Logger(TransferCaseHandler.name);

  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(command: TransferCase, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    const result = await handleCaseCommand(this.store, command, expectedVersion);
    const [transferred] = result.events;
    const workerId = transferred?.type === 'CaseTransferred' ? transferred.data.unassignedCaseManagerId : null;
    if (workerId) {
      const data = { workerId, caseId: command.data.caseId, reason: 'transferred' as const };
      await settleCaseSlot(
        this.store,
        { type: 'ReleaseCaseSlot', data, metadata: underRole(command.metadata, result.role) },
        this.logger,
      );
    }
    return result;
  }
}
