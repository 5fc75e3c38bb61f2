import type { CommandMetadata } from '@casemgmt/decider';
import { given, refusal } from '@casemgmt/testing';
import type { CaseScope } from '../shared/case-scope';
import {
  caseworkDecider,
  type CaseworkCommand,
  type CaseworkEvent,
  type CaseworkState,
  type RecordContact,
} from './casework.decider';

const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const contactId = '0190f3a0-0000-7000-8000-0000000000e1';
const appointmentId = '0190f3a0-0000-7000-8000-0000000000f1';
const goalId = '0190f3a0-0000-7000-8000-0000000000c1';
const timeZone = 'America/Chicago';
// A Monday; the agency is in Chicago (UTC-6 until daylight saving starts on Sunday 8 March).
const now = new Date('2026-03-02T17:30:00.000Z');
const startsAt = '2026-03-05T15:00:00.000Z';

const openCase: CaseScope = {
  caseId,
  clientId: 'client-1',
  program: 'adult-behavioral-health',
  priority: 'urgent',
  status: 'services',
  teamId: 'team-north',
  caseManagerId: 'cm-1',
  openedAt: '2026-02-20T10:00:00.000Z',
  needs: ['housing', 'mental_health'],
};
const closedCase: CaseScope = { ...openCase, status: 'closed' };

function as(roles: string[], id: string, teamId?: string, at: Date = now): CommandMetadata {
  return {
    tenantId: 'county-a',
    actor: { id, role: roles[0] ?? 'none', roles, ...(teamId ? { teamId } : {}) },
    correlationId: 'corr-1',
    now: at,
  };
}
const caseManager = as(['case_manager'], 'cm-1');
const caseManagerAt = (at: string) => as(['case_manager'], 'cm-1', undefined, new Date(at));
const otherCaseManager = as(['case_manager'], 'cm-2');
const supervisor = as(['supervisor'], 'sup-1', 'team-north');
const southSupervisor = as(['supervisor'], 'sup-9', 'team-south');
const auditor = as(['auditor'], 'aud-1');

function command<T extends CaseworkCommand['type']>(
  type: T,
  data: Omit<Extract<CaseworkCommand, { type: T }>['data'], 'caseId' | 'case'>,
  metadata: CommandMetadata = caseManager,
  scope: CaseScope | null = openCase,
): CaseworkCommand {
  const built: { type: T; data: object; metadata: CommandMetadata } = {
    type,
    data: { ...data, caseId, case: scope },
    metadata,
  };
  return built as CaseworkCommand;
}

function when(past: readonly CaseworkEvent[], next: CaseworkCommand): readonly CaseworkEvent[] {
  return given(caseworkDecider, past).when(next);
}
function stateAfter(past: readonly CaseworkEvent[]): CaseworkState {
  return given(caseworkDecider, past).state;
}

const homeVisit: Omit<RecordContact['data'], 'caseId' | 'case'> = {
  contactId,
  kind: 'home_visit',
  occurredAt: '2026-03-02T15:00:00.000Z',
  durationMinutes: 45,
  location: ' Client’s apartment ',
  participants: ['client', ' mother '],
  notes: ' Talked about the lease ',
  goalsAddressed: [goalId],
  knownGoalIds: [goalId],
};
const recordContact = (
  overrides: Partial<typeof homeVisit> = {},
  metadata: CommandMetadata = caseManager,
  scope: CaseScope | null = openCase,
) => command('RecordContact', { ...homeVisit, ...overrides }, metadata, scope);
const contactRecorded = (overrides: Partial<Extract<CaseworkEvent, { type: 'ContactRecorded' }>['data']> = {}) =>
  ({
    type: 'ContactRecorded',
    data: {
      caseId,
      contactId,
      kind: 'home_visit',
      occurredAt: '2026-03-02T15:00:00.000Z',
      recordedAt: now.toISOString(),
      late: false,
      durationMinutes: 45,
      goalsAddressed: [goalId],
      by: 'cm-1',
      personal: { notes: 'Talked about the lease', location: 'Client’s apartment', participants: ['client', 'mother'] },
      ...overrides,
    },
  }) as CaseworkEvent;

const scheduled: CaseworkEvent = {
  type: 'AppointmentScheduled',
  data: {
    caseId,
    appointmentId,
    provider: { organizationId: 'org-7' },
    startsAt,
    transport: 'not_arranged',
    by: 'cm-1',
    personal: { providerName: 'Eastside Clinic', purpose: 'Psychiatric intake' },
  },
};
const outcome = (
  outcomeOf: 'kept' | 'missed' | 'cancelled',
  metadata: CommandMetadata = caseManagerAt('2026-03-05T16:00:00.000Z'),
  extra: { reason?: string; timeZone?: string; followUpBusinessDays?: number; holidays?: readonly string[] } = {},
  scope: CaseScope = openCase,
) => command('RecordAppointmentOutcome', { appointmentId, outcome: outcomeOf, timeZone, ...extra }, metadata, scope);
const missed: CaseworkEvent = {
  type: 'AppointmentMissed',
  data: { caseId, appointmentId, startsAt, followUpDueBy: '2026-03-07T05:59:59.999Z', by: 'cm-1' },
};
const followUp = (metadata: CommandMetadata = caseManagerAt('2026-03-06T15:00:00.000Z'), scope = openCase) =>
  command('RecordMissedAppointmentFollowUp', { appointmentId, notes: ' Called, she overslept ' }, metadata, scope);
const medicationCheck = (overrides: object = {}, scope: CaseScope = openCase) =>
  command(
    'RecordMedicationCheck',
    {
      checkId: 'm-1',
      medication: ' Sertraline ',
      dose: '50 mg daily',
      adherence: 'missed_doses',
      sideEffects: ' Nausea ',
      prescriberInformed: true,
      checkedOn: '2026-03-02',
      timeZone,
      ...overrides,
    },
    caseManager,
    scope,
  );

describe('Casework decider', () => {
  describe('contacts', () => {
    it('records a home visit with its sealed notes, place and participants, and the goals it worked on', () => {
      expect(when([], recordContact())).toEqual([contactRecorded()]);
      expect(stateAfter([contactRecorded()])).toMatchObject({
        caseId,
        firstContactAt: '2026-03-02T15:00:00.000Z',
        lastContactAt: '2026-03-02T15:00:00.000Z',
        contacts: [{ contactId, kind: 'home_visit', participants: ['client', 'mother'], goalsAddressed: [goalId] }],
      });
    });

    it('takes a phone call without a place, and an instant with an offset, recorded in UTC', () => {
      const [event] = when(
        [],
        recordContact({ kind: 'phone', occurredAt: '2026-03-02T09:00:00-06:00', location: ' ', goalsAddressed: [] }),
      );
      expect(event).toMatchObject({ data: { kind: 'phone', occurredAt: '2026-03-02T15:00:00.000Z', late: false } });
      expect(event?.data).not.toHaveProperty('personal.location');
    });

    it('records a back-dated contact as a late entry, with the reason, when more than 24 hours late', () => {
      const twoDaysAgo = '2026-02-28T17:00:00.000Z';
      expect(refusal(() => when([], recordContact({ occurredAt: twoDaysAgo })))).toMatchObject({
        code: 'CARE_PLAN.INVALID_CASEWORK',
        kind: 'invalid',
      });
      const [late] = when([], recordContact({ occurredAt: twoDaysAgo, lateEntryReason: ' Flu all week ' }));
      expect(late).toMatchObject({
        data: {
          late: true,
          occurredAt: twoDaysAgo,
          recordedAt: now.toISOString(),
          personal: { lateEntryReason: 'Flu all week' },
        },
      });
      const [onTheDot] = when([], recordContact({ occurredAt: '2026-03-01T17:30:00.000Z' }));
      expect(onTheDot).toMatchObject({ data: { late: false } });
    });

    it('refuses a contact in the future, or a time without its offset', () => {
      expect(refusal(() => when([], recordContact({ occurredAt: '2026-03-02T18:00:00.000Z' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], recordContact({ occurredAt: '2026-03-02T09:00:00' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
    });

    it('records an attempt without a duration or participants; attempts count as no contact', () => {
      const attempt = command('RecordContact', {
        contactId: 'attempt-1',
        kind: 'attempted',
        occurredAt: '2026-03-02T16:00:00.000Z',
        participants: [],
        notes: 'No answer at the door',
        knownGoalIds: [goalId],
      });
      const [event] = when([], attempt);
      expect(event).toMatchObject({ data: { kind: 'attempted', durationMinutes: null, goalsAddressed: [] } });
      expect(stateAfter([event as CaseworkEvent])).toMatchObject({ firstContactAt: null, lastContactAt: null });
      expect(stateAfter([contactRecorded(), event as CaseworkEvent]).lastContactAt).toBe('2026-03-02T15:00:00.000Z');
    });

    it('refuses goals on an attempt, which reached nobody', () => {
      expect(refusal(() => when([], recordContact({ kind: 'attempted', goalsAddressed: [goalId] })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
    });

    it('keeps the first and last contact by when they happened, whatever order they were recorded in', () => {
      const state = stateAfter([
        contactRecorded(),
        contactRecorded({ contactId: 'c-2', occurredAt: '2026-02-25T10:00:00.000Z', late: true }),
        contactRecorded({ contactId: 'c-3', occurredAt: '2026-03-01T10:00:00.000Z' }),
      ]);
      expect(state.firstContactAt).toBe('2026-02-25T10:00:00.000Z');
      expect(state.lastContactAt).toBe('2026-03-02T15:00:00.000Z');
      expect(state.contacts.map((contact) => contact.contactId)).toEqual([contactId, 'c-2', 'c-3']);
    });

    it('requires a whole number of minutes from 1 to 1440 for a contact that reached someone', () => {
      for (const durationMinutes of [undefined, 0, 1441, 12.5]) {
        expect(refusal(() => when([], recordContact({ durationMinutes })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      }
      expect(when([], recordContact({ durationMinutes: 1440 }))).toHaveLength(1);
    });

    it('requires notes, a known kind and who took part', () => {
      expect(refusal(() => when([], recordContact({ notes: '  ' })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([], recordContact({ kind: 'email' as never })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], recordContact({ participants: [] })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([], recordContact({ participants: ['client', ' '] })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
    });

    it('refuses a goal that is not one of the case’s plans (422)', () => {
      expect(refusal(() => when([], recordContact({ goalsAddressed: [goalId, 'goal-x'] })))).toMatchObject({
        code: 'CARE_PLAN.CONTACT_GOAL_UNKNOWN',
        kind: 'unprocessable',
      });
    });

    it('refuses a contact id already recorded (409)', () => {
      expect(refusal(() => when([contactRecorded()], recordContact()))).toMatchObject({
        code: 'CARE_PLAN.CONTACT_ALREADY_RECORDED',
        kind: 'conflict',
      });
    });

    it('reads sealed text as null once the client’s personal data is erased', () => {
      expect(stateAfter([contactRecorded({ personal: null })]).contacts[0]).toMatchObject({
        notes: null,
        location: null,
        participants: null,
        lateEntryReason: null,
      });
    });
  });

  describe('access and the case’s status', () => {
    it('answers not found for a case care plan has not heard of, another case, or one outside the actor’s scope', () => {
      expect(refusal(() => when([], recordContact({}, caseManager, null)))?.code).toBe('CARE_PLAN.CASE_NOT_FOUND');
      expect(refusal(() => when([], recordContact({}, caseManager, { ...openCase, caseId: 'other' })))?.code).toBe(
        'CARE_PLAN.CASE_NOT_FOUND',
      );
      expect(refusal(() => when([], recordContact({}, otherCaseManager)))).toMatchObject({
        code: 'CARE_PLAN.CASE_NOT_FOUND',
        kind: 'not_found',
      });
      expect(refusal(() => when([], recordContact({}, southSupervisor)))?.code).toBe('CARE_PLAN.CASE_NOT_FOUND');
    });

    it('lets an auditor read but not write (403), and the team’s supervisor write', () => {
      expect(refusal(() => when([], recordContact({}, auditor)))).toMatchObject({
        code: 'CARE_PLAN.WRITE_FORBIDDEN',
        kind: 'forbidden',
      });
      expect(when([], recordContact({}, supervisor))).toMatchObject([{ data: { by: 'sup-1' } }]);
    });

    it('refuses new contacts, appointments, changes to them and medication checks on a closed case (409)', () => {
      const refused = [
        () => when([], recordContact({}, caseManager, closedCase)),
        () =>
          when(
            [],
            command(
              'ScheduleAppointment',
              {
                appointmentId,
                provider: { name: 'Eastside Clinic' },
                startsAt,
                transport: 'arranged',
                purpose: 'Intake',
              },
              caseManager,
              closedCase,
            ),
          ),
        () =>
          when(
            [scheduled],
            command(
              'RescheduleAppointment',
              { appointmentId, startsAt: '2026-03-06T15:00:00.000Z', reason: 'Clinic closed' },
              caseManager,
              closedCase,
            ),
          ),
        () =>
          when(
            [scheduled],
            command('ArrangeTransport', { appointmentId, transport: 'arranged' }, caseManager, closedCase),
          ),
        () => when([], medicationCheck({}, closedCase)),
      ];
      for (const run of refused) {
        expect(refusal(run)).toMatchObject({ code: 'CARE_PLAN.CASE_NOT_OPEN', kind: 'conflict' });
      }
    });

    it('still documents what happened at an appointment scheduled before the case closed', () => {
      const closedAt = caseManagerAt('2026-03-05T16:00:00.000Z');
      expect(when([scheduled], outcome('missed', closedAt, {}, closedCase))).toMatchObject([
        { type: 'AppointmentMissed' },
      ]);
      expect(when([scheduled, missed], followUp(undefined, closedCase))).toMatchObject([
        { type: 'MissedAppointmentFollowedUp' },
      ]);
    });

    it('records the role that allowed the change on its events', () => {
      const both = as(['case_manager', 'supervisor'], 'sup-7', 'team-north');
      expect(caseworkDecider.grantingRole?.(recordContact({}, both), stateAfter([]))).toBe('supervisor');
      expect(caseworkDecider.grantingRole?.(recordContact(), stateAfter([]))).toBe('case_manager');
      expect(caseworkDecider.grantingRole?.(recordContact({}, auditor), stateAfter([]))).toBeUndefined();
    });
  });

  describe('appointments', () => {
    const schedule = (overrides: object = {}) =>
      command('ScheduleAppointment', {
        appointmentId,
        provider: { organizationId: ' org-7 ', name: ' Eastside Clinic ' },
        startsAt: '2026-03-05T09:00:00-06:00',
        transport: 'not_arranged',
        purpose: ' Psychiatric intake ',
        ...overrides,
      });
    const reschedule = (to: string, reason = 'Clinic closed') =>
      command('RescheduleAppointment', { appointmentId, startsAt: to, reason });

    it('schedules an appointment with a provider, its name and purpose sealed', () => {
      expect(when([], schedule())).toEqual([scheduled]);
      expect(stateAfter([scheduled]).appointments).toEqual([
        {
          appointmentId,
          organizationId: 'org-7',
          providerName: 'Eastside Clinic',
          purpose: 'Psychiatric intake',
          startsAt,
          transport: 'not_arranged',
          status: 'scheduled',
          scheduledBy: 'cm-1',
          reschedules: 0,
          cancellationReason: null,
          followUpDueBy: null,
          followedUp: false,
          followedUpAt: null,
        },
      ]);
      expect(when([], schedule({ provider: { name: 'Dr Okafor' } }))).toMatchObject([
        { data: { provider: { organizationId: null } } },
      ]);
    });

    it('refuses a time already past, a provider without a name, an unknown transport and an id already used', () => {
      expect(refusal(() => when([], schedule({ startsAt: '2026-03-02T17:00:00.000Z' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], schedule({ provider: { organizationId: 'org-7', name: '' } })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], schedule({ purpose: '' })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([], schedule({ transport: 'taxi' })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([scheduled], schedule()))).toMatchObject({
        code: 'CARE_PLAN.APPOINTMENT_ALREADY_SCHEDULED',
        kind: 'conflict',
      });
    });

    it('reschedules with a reason: still scheduled, at the new time; the same time changes nothing', () => {
      const [moved] = when([scheduled], reschedule('2026-03-09T15:00:00.000Z'));
      expect(moved).toEqual({
        type: 'AppointmentRescheduled',
        data: {
          caseId,
          appointmentId,
          from: startsAt,
          startsAt: '2026-03-09T15:00:00.000Z',
          by: 'cm-1',
          personal: { reason: 'Clinic closed' },
        },
      });
      expect(stateAfter([scheduled, moved as CaseworkEvent]).appointments[0]).toMatchObject({
        status: 'scheduled',
        startsAt: '2026-03-09T15:00:00.000Z',
        reschedules: 1,
      });
      expect(when([scheduled], reschedule(startsAt))).toEqual([]);
      expect(refusal(() => when([scheduled], reschedule('2026-03-09T15:00:00.000Z', ' ')))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([scheduled], reschedule('2026-03-01T15:00:00.000Z')))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], reschedule('2026-03-09T15:00:00.000Z')))).toMatchObject({
        code: 'CARE_PLAN.APPOINTMENT_NOT_FOUND',
        kind: 'not_found',
      });
    });

    it('arranges transport; the same transport changes nothing', () => {
      const [arranged] = when([scheduled], command('ArrangeTransport', { appointmentId, transport: 'arranged' }));
      expect(arranged).toEqual({
        type: 'AppointmentTransportChanged',
        data: { caseId, appointmentId, from: 'not_arranged', to: 'arranged', by: 'cm-1' },
      });
      expect(stateAfter([scheduled, arranged as CaseworkEvent]).appointments[0]?.transport).toBe('arranged');
      expect(when([scheduled], command('ArrangeTransport', { appointmentId, transport: 'not_arranged' }))).toEqual([]);
      expect(
        refusal(() => when([scheduled], command('ArrangeTransport', { appointmentId, transport: 'bus' as never })))
          ?.code,
      ).toBe('CARE_PLAN.INVALID_CASEWORK');
    });

    it('records an appointment kept once it has started, and only once', () => {
      expect(
        refusal(() => when([scheduled], outcome('kept', caseManagerAt('2026-03-05T14:59:59.000Z')))),
      ).toMatchObject({
        code: 'CARE_PLAN.APPOINTMENT_NOT_STARTED',
        kind: 'conflict',
      });
      const [kept] = when([scheduled], outcome('kept', caseManagerAt(startsAt)));
      expect(kept).toEqual({ type: 'AppointmentKept', data: { caseId, appointmentId, startsAt, by: 'cm-1' } });
      const after = [scheduled, kept as CaseworkEvent];
      expect(stateAfter(after).appointments[0]?.status).toBe('kept');
      expect(refusal(() => when(after, outcome('missed')))).toMatchObject({
        code: 'CARE_PLAN.APPOINTMENT_OUTCOME_RECORDED',
        kind: 'conflict',
      });
      expect(refusal(() => when(after, reschedule('2026-03-09T15:00:00.000Z')))?.code).toBe(
        'CARE_PLAN.APPOINTMENT_OUTCOME_RECORDED',
      );
      expect(
        refusal(() => when(after, command('ArrangeTransport', { appointmentId, transport: 'arranged' })))?.code,
      ).toBe('CARE_PLAN.APPOINTMENT_OUTCOME_RECORDED');
      expect(refusal(() => when([], outcome('kept')))?.code).toBe('CARE_PLAN.APPOINTMENT_NOT_FOUND');
      expect(refusal(() => when([scheduled], outcome('rescheduled' as never)))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
    });

    it('records a no-show with its follow-up due by the end of the agency’s next business day', () => {
      // Thursday 10:00 in Chicago: due by the end of Friday there.
      expect(when([scheduled], outcome('missed'))).toEqual([missed]);
      // Friday 21:00 in Chicago is Saturday in UTC; due by the end of Monday, after daylight saving starts.
      expect(when([scheduled], outcome('missed', caseManagerAt('2026-03-07T03:00:00.000Z')))).toMatchObject([
        { data: { followUpDueBy: '2026-03-10T04:59:59.999Z' } },
      ]);
      expect(stateAfter([scheduled, missed]).appointments[0]).toMatchObject({
        status: 'missed',
        followUpDueBy: '2026-03-07T05:59:59.999Z',
        followedUp: false,
      });
      expect(refusal(() => when([scheduled], outcome('missed', undefined, { timeZone: 'Mars/Olympus' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([scheduled], outcome('missed', caseManager)))?.code).toBe(
        'CARE_PLAN.APPOINTMENT_NOT_STARTED',
      );
    });

    it('passes over the agency’s holidays, and gives the program’s business days to follow a no-show up', () => {
      // Thursday 2026-03-05 in Chicago; Friday the 6th a holiday: due by the end of Monday the 9th.
      expect(when([scheduled], outcome('missed', undefined, { holidays: ['2026-03-06', '2026-03-07'] }))).toMatchObject(
        [{ data: { followUpDueBy: '2026-03-10T04:59:59.999Z' } }],
      );
      // Two business days: Friday and Monday; with Monday a holiday too, Tuesday.
      expect(when([scheduled], outcome('missed', undefined, { followUpBusinessDays: 2 }))).toMatchObject([
        { data: { followUpDueBy: '2026-03-10T04:59:59.999Z' } },
      ]);
      expect(
        when([scheduled], outcome('missed', undefined, { followUpBusinessDays: 2, holidays: ['2026-03-09'] })),
      ).toMatchObject([{ data: { followUpDueBy: '2026-03-11T04:59:59.999Z' } }]);
    });

    it('cancels an appointment, before or after its time, with the reason', () => {
      const [cancelled] = when([scheduled], outcome('cancelled', caseManager, { reason: ' Client in hospital ' }));
      expect(cancelled).toEqual({
        type: 'AppointmentCancelled',
        data: { caseId, appointmentId, startsAt, by: 'cm-1', personal: { reason: 'Client in hospital' } },
      });
      expect(stateAfter([scheduled, cancelled as CaseworkEvent]).appointments[0]).toMatchObject({
        status: 'cancelled',
        cancellationReason: 'Client in hospital',
      });
      expect(refusal(() => when([scheduled], outcome('cancelled')))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
    });

    it('records the follow-up of a missed appointment once, late when after it was due', () => {
      const [followedUp] = when([scheduled, missed], followUp());
      expect(followedUp).toEqual({
        type: 'MissedAppointmentFollowedUp',
        data: {
          caseId,
          appointmentId,
          followedUpAt: '2026-03-06T15:00:00.000Z',
          late: false,
          by: 'cm-1',
          personal: { notes: 'Called, she overslept' },
        },
      });
      expect(stateAfter([scheduled, missed, followedUp as CaseworkEvent]).appointments[0]).toMatchObject({
        followedUp: true,
        followedUpAt: '2026-03-06T15:00:00.000Z',
      });
      expect(when([scheduled, missed], followUp(caseManagerAt('2026-03-07T06:00:00.000Z')))).toMatchObject([
        { data: { late: true } },
      ]);
      expect(refusal(() => when([scheduled, missed, followedUp as CaseworkEvent], followUp()))).toMatchObject({
        code: 'CARE_PLAN.FOLLOW_UP_ALREADY_RECORDED',
        kind: 'conflict',
      });
      expect(refusal(() => when([scheduled], followUp()))).toMatchObject({
        code: 'CARE_PLAN.APPOINTMENT_NOT_MISSED',
        kind: 'conflict',
      });
      expect(
        refusal(() =>
          when([scheduled, missed], command('RecordMissedAppointmentFollowUp', { appointmentId, notes: '' })),
        )?.code,
      ).toBe('CARE_PLAN.INVALID_CASEWORK');
    });
  });

  describe('medication checks', () => {
    it('records a check: adherence, the prescriber told and the date in clear, the medication sealed', () => {
      const [checked] = when([], medicationCheck());
      expect(checked).toEqual({
        type: 'MedicationChecked',
        data: {
          caseId,
          checkId: 'm-1',
          adherence: 'missed_doses',
          prescriberInformed: true,
          checkedOn: '2026-03-02',
          by: 'cm-1',
          personal: { medication: 'Sertraline', dose: '50 mg daily', sideEffects: 'Nausea' },
        },
      });
      expect(stateAfter([checked as CaseworkEvent]).medicationChecks).toEqual([
        {
          checkId: 'm-1',
          medication: 'Sertraline',
          dose: '50 mg daily',
          adherence: 'missed_doses',
          sideEffects: 'Nausea',
          prescriberInformed: true,
          checkedOn: '2026-03-02',
          by: 'cm-1',
        },
      ]);
      expect(when([], medicationCheck({ sideEffects: undefined }))[0]?.data).not.toHaveProperty('personal.sideEffects');
    });

    it('refuses a date after the agency’s today, missing fields, an unknown adherence and an id already used', () => {
      expect(refusal(() => when([], medicationCheck({ checkedOn: '2026-03-03' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], medicationCheck({ checkedOn: '2026-02-30' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], medicationCheck({ medication: ' ' })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([], medicationCheck({ dose: '' })))?.code).toBe('CARE_PLAN.INVALID_CASEWORK');
      expect(refusal(() => when([], medicationCheck({ adherence: 'sometimes' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      expect(refusal(() => when([], medicationCheck({ prescriberInformed: 'yes' })))?.code).toBe(
        'CARE_PLAN.INVALID_CASEWORK',
      );
      const [checked] = when([], medicationCheck());
      expect(refusal(() => when([checked as CaseworkEvent], medicationCheck()))).toMatchObject({
        code: 'CARE_PLAN.MEDICATION_CHECK_ALREADY_RECORDED',
        kind: 'conflict',
      });
    });
  });
});
