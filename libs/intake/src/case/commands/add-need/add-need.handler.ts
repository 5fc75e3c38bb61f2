import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleCaseCommand } from '../../case-command';
import type { AddNeed, CaseEvent } from '../../case.decider';

@Injectable()
export class AddNeedHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: AddNeed, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    return handleCaseCommand(this.store, command, expectedVersion);
  }
}
