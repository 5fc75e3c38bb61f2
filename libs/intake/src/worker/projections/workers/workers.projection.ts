import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { WORKER_EVENT_TYPES, type WorkerEvent } from '../../worker.decider';
import { WorkerRow } from './worker-row.entity';

/** The registered workers (`intake.worker`), for `GET /intake/workers`. Assignment reads the streams, not this. */
export const workersProjection: Projection<WorkerEvent> = {
  name: 'intake.workers',
  version: 1,
  categories: ['intake.worker'],
  eventTypes: WORKER_EVENT_TYPES,
  project(event: RecordedEvent<WorkerEvent>): readonly ReadModelChange[] {
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
        return ignoreUnknownEvent(event);
    }
  },
};
