import { randomUUID } from 'node:crypto';
import { DEFAULT_PROGRAM_SETTINGS } from '@casemgmt/care-plan';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { addDays, calendarDateOf, endOfNextBusinessDay } from '@casemgmt/kernel';
import { waitFor } from '@casemgmt/testing';
import { openCase, startIntakeAndCarePlan, TIME_ZONE } from './testing/intake-and-care-plan';

const INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north' };
const AUDITOR: TestCaller = { roles: ['auditor'], sub: 'aud-1' };
const PARTNER: TestCaller = { roles: ['provider_partner'], sub: 'pp-1', org: 'org-7' };

const ROSA = '0190f3a0-2222-7000-8000-000000000003';
const NOTES = 'Rosa habló de su hermano Tomás';

// A case's contacts, appointments and medication checks over HTTP, against a real PostgreSQL.
describe('casework of a case', () => {
  let host: TestHost;
  const today = calendarDateOf(new Date(), TIME_ZONE);
  const holidays = [1, 2, 3, 4, 5].map((days) => addDays(today, days));
  const caseId = randomUUID();
  const path = (suffix: string) => `/care-plan/cases/${caseId}${suffix}`;
  const casework = async (caller: TestCaller = CM_1) => (await host.call('GET', path('/casework'), caller)).body;
  const contact = (overrides: object = {}, caller: TestCaller = CM_1) =>
    host.call('POST', path('/contacts'), caller, {
      kind: 'home_visit',
      occurredAt: new Date(Date.now() - 60 * 60_000).toISOString(),
      durationMinutes: 45,
      location: 'Her flat on Alder Street',
      participants: ['client', 'brother'],
      notes: NOTES,
      ...overrides,
    });

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({
      name: 'care-plan-casework',
      clientId: ROSA,
      // Two business days to follow a no-show up in the case's program, and the agency closed for the next five days.
      programs: {
        'adult-behavioral-health': { ...DEFAULT_PROGRAM_SETTINGS, missedAppointmentFollowUpBusinessDays: 2 },
      },
      holidays,
    });
    await openCase(host, { caseId, clientId: ROSA, priority: 'emergency', caseManagerId: 'cm-1' });
    await waitFor('the assignment in care plan', async () => {
      const { rows } = await host.pool.query('SELECT case_manager_id FROM care_plan.cases WHERE case_id = $1', [
        caseId,
      ]);
      return rows[0]?.['case_manager_id'] === 'cm-1';
    });
  }, 120_000);

  afterAll(() => host?.close());

  it('records a contact with its notes sealed in the store and open to those who read the case', async () => {
    const recorded = await contact();
    expect(recorded).toMatchObject({ status: 201, body: { caseId, streamVersion: 1, changed: true } });
    expect(await casework()).toMatchObject({
      contacts: [{ kind: 'home_visit', late: false, notes: NOTES, participants: ['client', 'brother'], by: 'cm-1' }],
      firstContactAt: expect.any(String),
    });
    const { rows } = await host.pool.query('SELECT data::text FROM event_store.events WHERE stream_id = $1', [
      `care-plan.casework-${caseId}`,
    ]);
    expect(rows.map((row) => row['data']).join()).not.toMatch(/Tomás|Alder|brother/);
  });

  it('takes a back-dated contact only with a reason when more than a day late, never a future one', async () => {
    const twoDaysAgo = new Date(Date.now() - 48 * 60 * 60_000).toISOString();
    expect(await contact({ occurredAt: twoDaysAgo })).toMatchObject({
      status: 400,
      body: { error: 'CARE_PLAN.INVALID_CASEWORK' },
    });
    const late = await contact({ occurredAt: twoDaysAgo, lateEntryReason: 'Laptop was away for repair' });
    expect(late.status).toBe(201);
    expect((await casework())['contacts']).toContainEqual(
      expect.objectContaining({ late: true, lateEntryReason: 'Laptop was away for repair' }),
    );
    const future = await contact({ occurredAt: new Date(Date.now() + 60 * 60_000).toISOString() });
    expect(future.status).toBe(400);
    expect((await contact({ kind: 'smoke_signal' })).status).toBe(400);
    expect((await contact({ goalsAddressed: [randomUUID()] })).status).toBe(422);
    expect((await contact({ occurredAt: 'yesterday' })).status).toBe(400);
  });

  it('schedules an appointment, refuses an outcome before its time, and dates a missed one’s follow-up', async () => {
    const startsAt = new Date(Date.now() + 1_500).toISOString();
    const scheduled = await host.call('POST', path('/appointments'), CM_1, {
      provider: { organizationId: 'org-7', name: 'Eastside Clinic' },
      startsAt,
      transport: 'arranged',
      purpose: 'Psychiatric intake',
    });
    expect(scheduled.status).toBe(201);
    const appointmentId = scheduled.body['id'] as string;
    const outcome = (body: object) => host.call('POST', path(`/appointments/${appointmentId}/outcome`), CM_1, body);
    expect(await outcome({ outcome: 'missed' })).toMatchObject({
      status: 409,
      body: { error: 'CARE_PLAN.APPOINTMENT_NOT_STARTED' },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const before = new Date();
    const missed = await outcome({ outcome: 'missed' });
    const after = new Date();
    expect(missed).toMatchObject({ status: 201, body: { followUpDueBy: expect.any(String) } });
    // The program's two business days after the agency's five closed days, at the end of the day in its zone.
    const dueBy = missed.body['followUpDueBy'] as string;
    expect([before, after].map((at) => endOfNextBusinessDay(at, TIME_ZONE, 2, holidays).toISOString())).toContain(
      dueBy,
    );
    expect(calendarDateOf(new Date(dueBy), TIME_ZONE) > (holidays.at(-1) ?? '')).toBe(true);
    expect((await outcome({ outcome: 'kept' })).status).toBe(409);
    const followed = await host.call('POST', path(`/appointments/${appointmentId}/follow-up`), CM_1, {
      notes: 'Called her: bus did not come; rebooked',
    });
    expect(followed.status).toBe(201);
    expect((await casework())['appointments']).toMatchObject([
      { appointmentId, status: 'missed', followedUp: true, providerName: 'Eastside Clinic' },
    ]);
  });

  it('records a medication check, the medication and dose sealed', async () => {
    const checked = await host.call('POST', path('/medication-checks'), CM_1, {
      medication: 'Sertraline',
      dose: '50 mg daily',
      adherence: 'missed_doses',
      sideEffects: 'Nausea in the mornings',
      prescriberInformed: true,
      // Today in the agency's time zone, which may not be today in UTC.
      checkedOn: new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()),
    });
    expect(checked.status).toBe(201);
    expect((await casework(SUPERVISOR))['medicationChecks']).toMatchObject([
      { medication: 'Sertraline', adherence: 'missed_doses', prescriberInformed: true },
    ]);
    const { rows } = await host.pool.query(
      "SELECT data::text FROM event_store.events WHERE type = 'MedicationChecked'",
    );
    expect(rows.map((row) => row['data']).join()).not.toContain('Sertraline');
  });

  it('keeps every boundary: 404 outside the caller’s scope, 403 for auditors’ writes and roles care plan does not serve', async () => {
    for (const outsider of [CM_2, SOUTH_SUPERVISOR]) {
      expect((await host.call('GET', path('/casework'), outsider)).status).toBe(404);
      expect((await contact({}, outsider)).status).toBe(404);
    }
    expect((await host.call('GET', path('/casework'), AUDITOR)).status).toBe(200);
    expect((await contact({}, AUDITOR)).status).toBe(403);
    expect((await host.call('GET', path('/casework'), PARTNER)).status).toBe(403);
    expect((await host.call('GET', path('/casework'), INTAKE)).status).toBe(403);
    expect((await host.call('GET', path('/casework'))).status).toBe(401);
  });

  it('refuses new contacts and appointments once the case is closed (409, with the rule)', async () => {
    expect(
      (await host.call('POST', `/intake/cases/${caseId}/close`, SUPERVISOR, { reason: 'Moved', outcome: 'other' }))
        .status,
    ).toBe(200);
    await waitFor('the closing in care plan', async () => {
      const { rows } = await host.pool.query('SELECT status FROM care_plan.cases WHERE case_id = $1', [caseId]);
      return rows[0]?.['status'] === 'closed';
    });
    expect(await contact()).toMatchObject({
      status: 409,
      body: { error: 'CARE_PLAN.CASE_NOT_OPEN', details: { rule: expect.any(String) } },
    });
    const appointment = await host.call('POST', path('/appointments'), CM_1, {
      provider: { name: 'Eastside Clinic' },
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      transport: 'not_needed',
      purpose: 'Check-in',
    });
    expect(appointment.status).toBe(409);
  });
});
