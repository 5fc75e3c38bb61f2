import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { DEFAULT_PROGRAMS } from '../eligibility/programs';
import { CASE_PUBLISHED_EVENTS } from './case.contract';
import { CASE_EVENT_TYPES, caseDecider, type CaseCommand, type CaseEvent } from './case.decider';

const supervisor: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'sup-1', role: 'supervisor', teamId: 'team-north' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const sealed = { $sealed: 'A256GCM', keyId: 'k-1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };

// What the relay publishes: the decided event with its personal data sealed.
const asPublished = (event: CaseEvent): Record<string, unknown> =>
  'personal' in event.data && event.data.personal ? { ...event.data, personal: sealed } : { ...event.data };

const admin: CommandMetadata = { ...supervisor, actor: { id: 'adm-1', role: 'admin' } };

type Step = Pick<CaseCommand, 'type' | 'data'> & { readonly metadata?: CommandMetadata };

/** Runs the commands one after another on one case, answering every event decided. */
function decideAll(steps: readonly Step[]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const step of steps) {
    const command = { metadata: supervisor, ...step } as CaseCommand;
    events.push(...given(caseDecider, events).when(command));
  }
  return events;
}

describe('published contract of the case aggregate', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
  const schemaOf = (type: string) => {
    const schema = CASE_PUBLISHED_EVENTS.find((event) => event.type === type)?.schema;
    if (!schema) throw new Error(`no schema for ${type}`);
    return schema;
  };

  it('describes every case event type once, as version 1', () => {
    expect(CASE_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(new Set(CASE_PUBLISHED_EVENTS.map((event) => event.version))).toEqual(new Set([1]));
  });

  it('publishes draft-07 schemas that compile in strict mode', () => {
    for (const event of CASE_PUBLISHED_EVENTS) {
      expect(event.schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => ajv.compile(event.schema)).not.toThrow();
    }
  });

  it('accepts every event the decider decides, with personal data sealed', () => {
    const events = decideAll([
      {
        type: 'OpenCase',
        data: {
          caseId,
          clientId: 'cl-1',
          programId: 'adult-behavioral-health',
          priority: 'urgent',
          referralSource: { kind: 'family', name: 'Rosa (sister)' },
          teamId: 'team-north',
          programs: DEFAULT_PROGRAMS,
          client: { registered: true, mergedInto: null, erased: false },
        },
      },
      { type: 'AdvanceCaseStatus', data: { caseId, to: 'assessment' } },
      {
        type: 'AssignCase',
        data: {
          caseId,
          caseManagerId: 'cm-1',
          assignee: { active: true, teamId: 'team-north', roles: ['case_manager'] },
          caseloadOfAssignee: 9,
          limit: 3,
          override: { reason: 'Speaks Tagalog' },
        },
      },
      {
        type: 'RecordScreening',
        data: {
          caseId,
          screeningId: 's-1',
          instrument: 'PHQ-9',
          answers: { '1': 3, '2': 3, '3': 2, '4': 2, '5': 1, '6': 1, '7': 1, '8': 0, '9': 2 },
          subject: {},
        },
      },
      {
        type: 'RecordScreening',
        data: {
          caseId,
          screeningId: 's-2',
          instrument: 'AHC-HRSN',
          answers: {
            '1': 'not_steady',
            '2': 'mold',
            '3': 'often_true',
            '4': 'never_true',
            '5': 'yes',
            '6': 'no',
            '7': 4,
            '8': 3,
            '9': 3,
            '10': 2,
          },
          subject: {},
        },
      },
      { type: 'AddNeed', data: { caseId, need: 'legal', note: 'Custody hearing on the 3rd' } },
      {
        type: 'DetermineEligibility',
        data: {
          caseId,
          applicant: { dateOfBirth: '1990-05-01', householdSize: 2, annualHouseholdIncome: 30_000 },
          programs: DEFAULT_PROGRAMS,
        },
      },
      { type: 'TransferCase', data: { caseId, toTeamId: 'team-south', reason: 'Moved' }, metadata: admin },
      // The case now belongs to another team: an admin closes and reopens it.
      {
        type: 'CloseCase',
        data: { caseId, reason: 'Moved out of county', outcome: 'transferred_out' },
        metadata: admin,
      },
      { type: 'ReopenCase', data: { caseId, reason: 'Came back' }, metadata: admin },
    ]);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(CASE_EVENT_TYPES));
    for (const event of events) {
      const valid = ajv.validate(schemaOf(event.type), asPublished(event));
      expect({ type: event.type, errors: valid ? null : ajv.errors }).toEqual({ type: event.type, errors: null });
    }
  });

  it('accepts events whose personal data was erased, and refuses fields the contract does not name', () => {
    expect(
      ajv.validate(schemaOf('CaseClosed'), { caseId, from: 'services', outcome: 'goals_met', personal: null }),
    ).toBe(true);
    expect(
      ajv.validate(schemaOf('CaseClosed'), {
        caseId,
        from: 'services',
        outcome: 'goals_met',
        personal: sealed,
        reason: 'plain text outside the seal',
      }),
    ).toBe(false);
    expect(ajv.validate(schemaOf('CaseStatusChanged'), { caseId, from: 'opened', to: 'closed' })).toBe(false);
  });
});
