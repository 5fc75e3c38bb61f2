import { Injectable, Logger } from '@nestjs/common';
import { underRole, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { settleCaseSlot } from '../../../caseload/caseload-slots';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { assignmentOf, handleCaseCommand } from '../../case-command';
import type { CloseCase, CaseEvent } from '../../case.decider';

/** Closes the case, then gives its case manager's slot back (ADR 0013). */
@Injectable()
export class CloseCaseHandler {
  private readonly logger = new Logger(CloseCaseHandler.name);

  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(command: CloseCase, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    const result = await handleCaseCommand(this.store, command, expectedVersion);
    if (result.events.length === 0) return result;
    const { caseId } = command.data;
    const { caseManagerId: workerId } = await assignmentOf(this.store, command.metadata.tenantId, caseId);
    if (workerId) {
      const data = { workerId, caseId, reason: 'closed' as const };
      await settleCaseSlot(
        this.store,
        { type: 'ReleaseCaseSlot', data, metadata: underRole(command.metadata, result.role) },
        this.logger,
      );
    }
    return result;
  }
}
