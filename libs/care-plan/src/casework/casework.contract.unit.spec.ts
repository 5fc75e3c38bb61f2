import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import type { CaseScope } from '../shared/case-scope';
import { CASEWORK_PUBLISHED_EVENTS } from './casework.contract';
import { CASEWORK_EVENT_TYPES, caseworkDecider, type CaseworkCommand, type CaseworkEvent } from './casework.decider';

const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const timeZone = 'America/Chicago';
const openCase: CaseScope = {
  caseId,
  clientId: 'client-1',
  program: 'adult-behavioral-health',
  priority: 'routine',
  status: 'services',
  teamId: 'team-north',
  caseManagerId: 'cm-1',
  openedAt: '2026-02-20T10:00:00.000Z',
  needs: ['housing'],
};
const at = (now: string): CommandMetadata => ({
  tenantId: 'county-a',
  actor: { id: 'cm-1', role: 'case_manager' },
  correlationId: 'corr-1',
  now: new Date(now),
});
const sealed = { $sealed: 'A256GCM', keyId: 'k-1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };

// What the relay publishes: the decided event with its personal data sealed.
const asPublished = (event: CaseworkEvent): Record<string, unknown> =>
  'personal' in event.data && event.data.personal ? { ...event.data, personal: sealed } : { ...event.data };

type Step = { readonly type: CaseworkCommand['type']; readonly data: object; readonly now: string };

/** Runs the commands one after another on one case, answering every event decided. */
function decideAll(steps: readonly Step[]): CaseworkEvent[] {
  const events: CaseworkEvent[] = [];
  for (const { type, data, now } of steps) {
    const command = { type, data: { caseId, case: openCase, ...data }, metadata: at(now) } as CaseworkCommand;
    events.push(...given(caseworkDecider, events).when(command));
  }
  return events;
}

describe('published contract of the casework aggregate', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
  const schemaOf = (type: string) => {
    const schema = CASEWORK_PUBLISHED_EVENTS.find((event) => event.type === type)?.schema;
    if (!schema) throw new Error(`no schema for ${type}`);
    return schema;
  };

  it('describes every casework event type once, as version 1', () => {
    expect(CASEWORK_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...CASEWORK_EVENT_TYPES].sort());
    expect(new Set(CASEWORK_PUBLISHED_EVENTS.map((event) => event.version))).toEqual(new Set([1]));
  });

  it('publishes draft-07 schemas that compile in strict mode', () => {
    for (const event of CASEWORK_PUBLISHED_EVENTS) {
      expect(event.schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => ajv.compile(event.schema)).not.toThrow();
    }
  });

  it('accepts every event the decider decides, with personal data sealed', () => {
    const appointment = (appointmentId: string, startsAt: string) => ({
      type: 'ScheduleAppointment' as const,
      data: {
        appointmentId,
        provider: { organizationId: 'org-7', name: 'Eastside Clinic' },
        startsAt,
        transport: 'not_arranged',
        purpose: 'Psychiatric intake',
      },
      now: '2026-03-02T17:30:00.000Z',
    });
    const events = decideAll([
      {
        type: 'RecordContact',
        data: {
          contactId: 'c-1',
          kind: 'home_visit',
          occurredAt: '2026-02-27T15:00:00.000Z',
          durationMinutes: 45,
          location: 'Client’s apartment',
          participants: ['client', 'mother'],
          notes: 'Talked about the lease',
          lateEntryReason: 'Flu all week',
          goalsAddressed: ['g-1'],
          knownGoalIds: ['g-1'],
        },
        now: '2026-03-02T17:30:00.000Z',
      },
      {
        type: 'RecordContact',
        data: {
          contactId: 'c-2',
          kind: 'attempted',
          occurredAt: '2026-03-02T16:00:00.000Z',
          participants: [],
          notes: 'No answer',
          knownGoalIds: [],
        },
        now: '2026-03-02T17:30:00.000Z',
      },
      appointment('a-1', '2026-03-05T15:00:00.000Z'),
      appointment('a-2', '2026-03-06T15:00:00.000Z'),
      appointment('a-3', '2026-03-09T15:00:00.000Z'),
      {
        type: 'RescheduleAppointment',
        data: { appointmentId: 'a-1', startsAt: '2026-03-05T16:00:00.000Z', reason: 'Clinic asked' },
        now: '2026-03-03T09:00:00.000Z',
      },
      {
        type: 'ArrangeTransport',
        data: { appointmentId: 'a-1', transport: 'arranged' },
        now: '2026-03-03T09:00:00.000Z',
      },
      {
        type: 'RecordAppointmentOutcome',
        data: { appointmentId: 'a-1', outcome: 'kept', timeZone },
        now: '2026-03-05T17:00:00.000Z',
      },
      {
        type: 'RecordAppointmentOutcome',
        data: { appointmentId: 'a-2', outcome: 'missed', timeZone },
        now: '2026-03-06T16:00:00.000Z',
      },
      {
        type: 'RecordMissedAppointmentFollowUp',
        data: { appointmentId: 'a-2', notes: 'Called, she overslept' },
        now: '2026-03-09T14:00:00.000Z',
      },
      {
        type: 'RecordAppointmentOutcome',
        data: { appointmentId: 'a-3', outcome: 'cancelled', reason: 'In hospital', timeZone },
        now: '2026-03-06T16:00:00.000Z',
      },
      {
        type: 'RecordMedicationCheck',
        data: {
          checkId: 'm-1',
          medication: 'Sertraline',
          dose: '50 mg daily',
          adherence: 'as_prescribed',
          prescriberInformed: false,
          checkedOn: '2026-03-06',
          timeZone,
        },
        now: '2026-03-06T16:00:00.000Z',
      },
    ]);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(CASEWORK_EVENT_TYPES));
    for (const event of events) {
      const valid = ajv.validate(schemaOf(event.type), asPublished(event));
      expect({ type: event.type, errors: valid ? null : ajv.errors }).toEqual({ type: event.type, errors: null });
    }
  });

  it('accepts events whose personal data was erased, and refuses fields the contract does not name', () => {
    const cancelled = { caseId, appointmentId: 'a-3', startsAt: '2026-03-09T15:00:00.000Z', by: 'cm-1' };
    expect(ajv.validate(schemaOf('AppointmentCancelled'), { ...cancelled, personal: null })).toBe(true);
    expect(
      ajv.validate(schemaOf('AppointmentCancelled'), {
        ...cancelled,
        personal: sealed,
        reason: 'plain text outside the seal',
      }),
    ).toBe(false);
    expect(
      ajv.validate(schemaOf('MedicationChecked'), {
        caseId,
        checkId: 'm-1',
        adherence: 'sometimes',
        prescriberInformed: false,
        checkedOn: '2026-03-06',
        by: 'cm-1',
        personal: sealed,
      }),
    ).toBe(false);
  });
});
