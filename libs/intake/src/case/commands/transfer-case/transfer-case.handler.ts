import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleCaseCommand } from '../../case-command';
import type { TransferCase, CaseEvent } from '../../case.decider';

@Injectable()
export class TransferCaseHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: TransferCase, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    return handleCaseCommand(this.store, command, expectedVersion);
  }
}
