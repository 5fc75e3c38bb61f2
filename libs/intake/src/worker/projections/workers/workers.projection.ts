import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import type { WorkerEvent } from '../../worker.decider';
import { WorkerRow } from './worker-row.entity';

/** The registered workers (`intake.worker`), for `GET /intake/workers`. Assignment reads the streams, not this. */
export const workersProjection: Projection = {
  name: 'intake.workers',
  version: 1,
  categories: ['intake.worker'],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<WorkerEvent>;
    const key = { tenantId: event.metadata.tenantId, workerId: event.data.workerId };
    const change = (set: Partial<WorkerRow>): ReadModelChange[] => [
      update(WorkerRow, key, { ...set, updatedAt: event.recordedAt, streamVersion: event.streamVersion }),
    ];
    switch (event.type) {
      case 'WorkerRegistered':
        return [
          upsert(
            WorkerRow,
            {
              ...key,
              displayName: event.data.displayName,
              teamId: event.data.teamId,
              roles: [...event.data.roles],
              active: true,
              registeredAt: event.recordedAt,
              updatedAt: event.recordedAt,
              streamVersion: event.streamVersion,
            },
            ['tenantId', 'workerId'],
          ),
        ];
      case 'WorkerDetailsChanged':
        return change({ displayName: event.data.displayName, teamId: event.data.teamId, roles: [...event.data.roles] });
      case 'WorkerDeactivated':
        return change({ active: false });
      case 'WorkerReactivated':
        return change({ active: true });
      default:
        return ignore(event);
    }
  },
};

// Types it does not know (a newer version's) are not its business.
function ignore(_event: never): [] {
  return [];
}
