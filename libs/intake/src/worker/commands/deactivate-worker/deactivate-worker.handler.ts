import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleWorkerCommand } from '../../worker-command';
import type { DeactivateWorker, WorkerEvent } from '../../worker.decider';

@Injectable()
export class DeactivateWorkerHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  execute(command: DeactivateWorker, expectedVersion?: number): Promise<CommandResult<WorkerEvent>> {
    return handleWorkerCommand(this.store, command, expectedVersion);
  }
}
