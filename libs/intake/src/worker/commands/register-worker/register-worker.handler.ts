import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleWorkerCommand } from '../../worker-command';
import type { RegisterWorker, WorkerEvent } from '../../worker.decider';

@Injectable()
export class RegisterWorkerHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: RegisterWorker, expectedVersion?: number): Promise<CommandResult<WorkerEvent>> {
    return handleWorkerCommand(this.store, command, expectedVersion);
  }
}
