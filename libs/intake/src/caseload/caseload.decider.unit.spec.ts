import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { DomainError } from '@casemgmt/kernel';
import { CASELOAD_PUBLISHED_EVENTS } from './caseload.contract';
import {
  CASELOAD_EVENT_TYPES,
  caseloadDecider,
  type CaseloadCommand,
  type CaseloadEvent,
  type SlotBeyondLimit,
} from './caseload.decider';

const metadata: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'sup-1', role: 'supervisor', teamId: 'team-north' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const workerId = 'cm-1';
const take = (caseId: string, beyondLimit?: SlotBeyondLimit): CaseloadCommand => ({
  type: 'TakeCaseSlot',
  data: { workerId, caseId, limit: 2, ...(beyondLimit ? { beyondLimit } : {}) },
  metadata,
});
const release = (caseId: string): CaseloadCommand => ({
  type: 'ReleaseCaseSlot',
  data: { workerId, caseId, reason: 'closed' },
  metadata,
});
const taken = (caseId: string, caseload: number): CaseloadEvent => ({
  type: 'CaseSlotTaken',
  data: { workerId, caseId, caseload, limit: 2 },
});
const when = (past: readonly CaseloadEvent[], command: CaseloadCommand) => given(caseloadDecider, past).when(command);

describe('Caseload decider', () => {
  it('takes a slot below the limit, counting the caseload with it', () => {
    expect(when([], take('c-1'))).toEqual([taken('c-1', 1)]);
    expect(when([taken('c-1', 1)], take('c-2'))).toEqual([taken('c-2', 2)]);
  });

  it('refuses a slot at the limit, naming the worker, the caseload and the limit', () => {
    let refused: unknown;
    try {
      when([taken('c-1', 1), taken('c-2', 2)], take('c-3'));
    } catch (error) {
      refused = error instanceof DomainError ? { code: error.code, details: error.details } : error;
    }
    expect(refused).toEqual({
      code: 'INTAKE.CASELOAD_LIMIT_REACHED',
      details: { caseManagerId: workerId, caseload: 2, limit: 2 },
    });
  });

  it('takes a slot beyond the limit for a supervisor’s override or a reopened case, saying which', () => {
    const full = [taken('c-1', 1), taken('c-2', 2)];
    expect(when(full, take('c-3', { kind: 'override', supervisorId: 'sup-1' }))).toEqual([
      {
        type: 'CaseSlotTaken',
        data: {
          workerId,
          caseId: 'c-3',
          caseload: 3,
          limit: 2,
          beyondLimit: { kind: 'override', supervisorId: 'sup-1' },
        },
      },
    ]);
    expect(when(full, take('c-3', { kind: 'reopened' }))[0]).toMatchObject({
      data: { beyondLimit: { kind: 'reopened' } },
    });
  });

  it('takes and releases each case’s slot once', () => {
    expect(when([taken('c-1', 1)], take('c-1'))).toEqual([]);
    expect(when([taken('c-1', 1)], release('c-1'))).toEqual([
      { type: 'CaseSlotReleased', data: { workerId, caseId: 'c-1', reason: 'closed', caseload: 0 } },
    ]);
    expect(when([], release('c-1'))).toEqual([]);
    const afterRelease = [
      taken('c-1', 1),
      taken('c-2', 2),
      ...when([taken('c-1', 1), taken('c-2', 2)], release('c-1')),
    ];
    expect(given(caseloadDecider, afterRelease).state.caseIds).toEqual(['c-2']);
    expect(when(afterRelease, take('c-3'))).toEqual([taken('c-3', 2)]);
  });

  it('publishes a schema for every caseload event that accepts what the decider decides', () => {
    const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
    expect(CASELOAD_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...CASELOAD_EVENT_TYPES].sort());
    const full = [taken('c-1', 1), taken('c-2', 2)];
    const events = [
      ...when([], take('c-1')),
      ...when(full, take('c-3', { kind: 'override', supervisorId: 'sup-1' })),
      ...when(full, take('c-3', { kind: 'reopened' })),
      ...when(full, release('c-1')),
    ];
    for (const event of events) {
      const schema = CASELOAD_PUBLISHED_EVENTS.find((contract) => contract.type === event.type)?.schema ?? {};
      expect({ type: event.type, valid: ajv.validate(schema, event.data), errors: ajv.errors ?? null }).toEqual({
        type: event.type,
        valid: true,
        errors: null,
      });
    }
  });
});
