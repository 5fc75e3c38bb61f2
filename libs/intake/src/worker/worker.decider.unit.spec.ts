import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { DomainError } from '@casemgmt/kernel';
import { WORKER_PUBLISHED_EVENTS } from './worker.contract';
import {
  WORKER_EVENT_TYPES,
  workerDecider,
  type WorkerCommand,
  type WorkerEvent,
  type WorkerRegistered,
} from './worker.decider';

const admin: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'adm-1', role: 'admin' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const workerId = 'cm-7';
const register = (details: { displayName?: string; teamId?: string; roles?: string[] } = {}): WorkerCommand => ({
  type: 'RegisterWorker',
  data: {
    workerId,
    displayName: details.displayName ?? 'Ana Ruiz',
    teamId: details.teamId ?? 'team-north',
    roles: (details.roles ?? ['case_manager']) as never,
  },
  metadata: admin,
});
const registered: WorkerRegistered = {
  type: 'WorkerRegistered',
  data: { workerId, displayName: 'Ana Ruiz', teamId: 'team-north', roles: ['case_manager'] },
};
const deactivate: WorkerCommand = {
  type: 'DeactivateWorker',
  data: { workerId, reason: 'left_agency' },
  metadata: admin,
};
const reactivate: WorkerCommand = { type: 'ReactivateWorker', data: { workerId }, metadata: admin };

const when = (past: readonly WorkerEvent[], command: WorkerCommand) => given(workerDecider, past).when(command);

function refusal(run: () => unknown): { code: string; details: unknown } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  return undefined;
}

describe('Worker decider', () => {
  it('registers a worker in a team with their roles, active', () => {
    expect(when([], register())).toEqual([registered]);
    expect(given(workerDecider, [registered]).state).toMatchObject({ registered: true, active: true });
  });

  it('records a change of team or roles whole, and nothing when the details are the same', () => {
    expect(when([registered], register({ roles: ['case_manager'] }))).toEqual([]);
    expect(when([registered], register({ teamId: 'team-south', roles: ['supervisor', 'case_manager'] }))).toEqual([
      {
        type: 'WorkerDetailsChanged',
        data: { workerId, displayName: 'Ana Ruiz', teamId: 'team-south', roles: ['case_manager', 'supervisor'] },
      },
    ]);
  });

  it('refuses a registration without a team, a name or a known role', () => {
    expect(refusal(() => when([], register({ teamId: ' ' })))).toMatchObject({ details: { field: 'teamId' } });
    expect(refusal(() => when([], register({ displayName: '' })))).toMatchObject({ details: { field: 'displayName' } });
    expect(refusal(() => when([], register({ roles: [] })))).toMatchObject({ details: { field: 'roles' } });
    expect(refusal(() => when([], register({ roles: ['auditor'] })))).toMatchObject({
      code: 'INTAKE.INVALID_WORKER',
      details: { field: 'roles' },
    });
  });

  it('deactivates and reactivates a worker explicitly, each once', () => {
    const deactivated = when([registered], deactivate);
    expect(deactivated).toEqual([{ type: 'WorkerDeactivated', data: { workerId, reason: 'left_agency' } }]);
    expect(when([registered, ...deactivated], deactivate)).toEqual([]);
    // A change of details leaves a deactivated worker deactivated.
    const moved = when([registered, ...deactivated], register({ teamId: 'team-east' }));
    expect(given(workerDecider, [registered, ...deactivated, ...moved]).state).toMatchObject({
      active: false,
      teamId: 'team-east',
    });
    expect(when([registered, ...deactivated], reactivate)).toEqual([{ type: 'WorkerReactivated', data: { workerId } }]);
    expect(when([registered], reactivate)).toEqual([]);
  });

  it('answers not found for deactivating or reactivating somebody never registered', () => {
    expect(refusal(() => when([], deactivate))?.code).toBe('INTAKE.WORKER_NOT_FOUND');
    expect(refusal(() => when([], reactivate))?.code).toBe('INTAKE.WORKER_NOT_FOUND');
  });

  it('publishes a schema for every worker event that accepts what the decider decides', () => {
    const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
    expect(WORKER_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...WORKER_EVENT_TYPES].sort());
    const events = [
      ...when([], register()),
      ...when([registered], register({ roles: ['case_manager', 'supervisor'] })),
      ...when([registered], deactivate),
      { type: 'WorkerReactivated', data: { workerId } } as const,
    ];
    for (const event of events) {
      const schema = WORKER_PUBLISHED_EVENTS.find((contract) => contract.type === event.type)?.schema ?? {};
      expect({ type: event.type, valid: ajv.validate(schema, event.data), errors: ajv.errors ?? null }).toEqual({
        type: event.type,
        valid: true,
        errors: null,
      });
    }
  });
});
