import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleCaseCommand } from '../../case-command';
import type { RecordScreening, CaseEvent } from '../../case.decider';

@Injectable()
export class RecordScreeningHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: RecordScreening, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    return handleCaseCommand(this.store, command, expectedVersion);
  }
}
