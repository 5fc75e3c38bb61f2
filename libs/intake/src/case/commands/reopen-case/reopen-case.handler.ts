import { Injectable, Logger } from '@nestjs/common';
import { underRole, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { settleCaseSlot } from '../../../caseload/caseload-slots';
import { InjectIntakeEventStore, InjectIntakeOptions, type IntakeOptions } from '../../../shared/intake-options';
import { assignmentOf, handleCaseCommand } from '../../case-command';
import type { ReopenCase, CaseEvent } from '../../case.decider';

/**
 * Reopens the case, which comes back to the case manager who held it: their slot is taken again, beyond the limit
 * if need be, since a supervisor or an admin decided the reopening (ADR 0013).
 */
@Injectable()
export class ReopenCaseHandler {
  private readonly logger = new Logger(ReopenCaseHandler.name);

  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    @InjectIntakeOptions() private readonly options: IntakeOptions,
  ) {}

  async execute(command: ReopenCase, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    const result = await handleCaseCommand(this.store, command, expectedVersion);
    if (result.events.length === 0) return result;
    const { caseId } = command.data;
    const { caseManagerId: workerId } = await assignmentOf(this.store, command.metadata.tenantId, caseId);
    if (workerId) {
      const data = { workerId, caseId, limit: this.options.caseloadLimit, beyondLimit: { kind: 'reopened' as const } };
      await settleCaseSlot(
        this.store,
        { type: 'TakeCaseSlot', data, metadata: underRole(command.metadata, result.role) },
        this.logger,
      );
    }
    return result;
  }
}
