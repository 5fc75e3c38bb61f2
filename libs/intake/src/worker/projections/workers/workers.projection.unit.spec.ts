import { recordedEvent } from '@casemgmt/testing';
import type { WorkerEvent } from '../../worker.decider';
import { WorkerRow } from './worker-row.entity';
import { workersProjection } from './workers.projection';

const recordedAt = new Date('2026-03-01T08:00:01Z');

const recorded = (event: WorkerEvent, streamVersion: number) =>
  recordedEvent(event, {
    streamId: 'intake.worker-county-a.cm-7',
    streamVersion,
    occurredAt: recordedAt,
    recordedAt,
    metadata: { tenantId: 'county-a', actor: { id: 'adm-1', role: 'admin' }, correlationId: 'c' },
  });

describe('workers projection', () => {
  it('lists a registered worker as active in their team', () => {
    const changes = workersProjection.project(
      recorded(
        {
          type: 'WorkerRegistered',
          data: { workerId: 'cm-7', displayName: 'Ana Ruiz', teamId: 'team-north', roles: ['case_manager'] },
        },
        1,
      ),
    );
    expect(changes).toEqual([
      {
        kind: 'upsert',
        entity: WorkerRow,
        key: ['tenantId', 'workerId'],
        values: {
          tenantId: 'county-a',
          workerId: 'cm-7',
          displayName: 'Ana Ruiz',
          teamId: 'team-north',
          roles: ['case_manager'],
          active: true,
          registeredAt: recordedAt,
          updatedAt: recordedAt,
          streamVersion: 1,
        },
      },
    ]);
  });

  it('follows a change of team and a deactivation', () => {
    const [moved] = workersProjection.project(
      recorded(
        {
          type: 'WorkerDetailsChanged',
          data: { workerId: 'cm-7', displayName: 'Ana Ruiz', teamId: 'team-south', roles: ['case_manager'] },
        },
        2,
      ),
    );
    const [deactivated] = workersProjection.project(
      recorded({ type: 'WorkerDeactivated', data: { workerId: 'cm-7', reason: 'left_agency' } }, 3),
    );
    expect(moved).toMatchObject({
      kind: 'update',
      where: { tenantId: 'county-a', workerId: 'cm-7' },
      set: { teamId: 'team-south' },
    });
    expect(deactivated).toMatchObject({ set: { active: false, streamVersion: 3 } });
  });
});
