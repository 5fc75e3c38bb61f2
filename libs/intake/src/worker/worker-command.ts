import { handleCommand, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { workerStreamId } from '../shared/intake-streams';
import { workerDecider, type WorkerCommand, type WorkerEvent } from './worker.decider';

/** Load the worker, decide, append: every command of the registry. */
export function handleWorkerCommand(
  store: EventStore,
  command: WorkerCommand,
  expectedVersion?: number,
): Promise<CommandResult<WorkerEvent>> {
  return handleCommand(
    store,
    workerStreamId(command.metadata.tenantId, command.data.workerId),
    workerDecider,
    command,
    expectedVersion,
  );
}
