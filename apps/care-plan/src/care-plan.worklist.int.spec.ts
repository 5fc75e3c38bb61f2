import { randomUUID } from 'node:crypto';
import { CARE_PLAN_EVENT_SOURCE } from '@casemgmt/care-plan';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { caseworkEvents } from './testing/casework-events';
import { agencyPlus, caseRowOf, worklistReads, type WorklistItem } from './testing/worklist';
import { openCase, startIntakeAndCarePlan } from './testing/intake-and-care-plan';

const INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north' };
const AUDITOR: TestCaller = { roles: ['auditor'], sub: 'aud-1' };
const ADMIN: TestCaller = { roles: ['admin'], sub: 'adm-1' };
const PARTNER: TestCaller = { roles: ['provider_partner'], sub: 'pp-1', org: 'org-7' };
const OTHER_TENANT_SUPERVISOR: TestCaller = { ...SUPERVISOR, tenant: 'county-b' };

const ROSA = '0190f3a0-2222-7000-8000-000000000012';
const FLAGGING_PHQ9 = { '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': 1 };

// The worklist of issue 12 against a real PostgreSQL: intake's cases and care plan's plans over HTTP, contacts and
// appointments appended as casework will record them; each item comes and goes with the events that call for it.
describe('the worklist', () => {
  let host: TestHost;
  let casework: ReturnType<typeof caseworkEvents>;
  const [EMERGENCY, URGENT, ROUTINE, UNASSIGNED] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  let reads: ReturnType<typeof worklistReads>;
  const mine = (caller?: TestCaller) => reads.mine(caller);
  const team = (teamId?: string, caller?: TestCaller) => reads.team(teamId, caller);
  const kindsOf = (items: readonly WorklistItem[], caseId: string) => reads.kindsOf(items, caseId);
  const until = (what: string, probe: (items: WorklistItem[]) => boolean, from = () => mine()) =>
    waitFor(what, async () => probe(await from()));
  const caseRow = (caseId: string) => caseRowOf(host, caseId);

  const open = (caseId: string, priority: string, assign: boolean) =>
    openCase(host, { caseId, clientId: ROSA, priority, ...(assign ? { caseManagerId: 'cm-1' } : {}) });

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({ name: 'care-plan-worklist', clientId: ROSA });
    casework = caseworkEvents(host, { clientId: ROSA });
    reads = worklistReads(host, { caseManager: CM_1, supervisor: SUPERVISOR });
    await open(EMERGENCY, 'emergency', true);
    await open(URGENT, 'urgent', true);
    await open(ROUTINE, 'routine', true);
    await open(UNASSIGNED, 'routine', false);
    await waitFor('the three assignments in care plan', async () => {
      const rows = await Promise.all([EMERGENCY, URGENT, ROUTINE].map(caseRow));
      return rows.every((row) => row?.['case_manager_id'] === 'cm-1');
    });
  }, 120_000);

  afterAll(() => host?.close());

  it('lists each case’s first contact and plan approval, due by the program’s deadlines for its priority', async () => {
    const items = await mine();
    for (const caseId of [EMERGENCY, URGENT, ROUTINE]) {
      expect(kindsOf(items, caseId)).toEqual(['first_contact', 'plan_approval']);
    }
    expect(kindsOf(items, UNASSIGNED)).toEqual([]);
    for (const [caseId, within] of [
      [EMERGENCY, 'PT24H'],
      [URGENT, 'P5D'],
      [ROUTINE, 'P14D'],
    ] as const) {
      const openedAt = (await caseRow(caseId))?.['opened_at'] as Date;
      const ofCase = items.filter((item) => item.caseId === caseId);
      expect(ofCase.find((item) => item.kind === 'first_contact')).toMatchObject({
        dueAt: agencyPlus(openedAt, within),
        overdueBy: 0,
        caseManagerId: 'cm-1',
        satisfiedBy: expect.stringContaining('contact'),
      });
      expect(ofCase.find((item) => item.kind === 'plan_approval')?.dueAt).toBe(agencyPlus(openedAt, 'P30D'));
    }
    expect(items.map((item) => item.dueAt)).toEqual(items.map((item) => item.dueAt).sort());
    // Nothing about the client: not even her id.
    expect(JSON.stringify(items)).not.toContain(ROSA);

    const north = await team();
    expect(kindsOf(north, UNASSIGNED)).toEqual(['first_contact', 'plan_approval']);
    expect(north.filter((item) => item.caseId === UNASSIGNED).every((item) => item.caseManagerId === null)).toBe(true);
    expect(kindsOf(north, EMERGENCY)).toEqual(['first_contact', 'plan_approval']);
    expect(await mine(CM_2)).toEqual([]);
  });

  it('takes the first contact off the list once a contact reaches someone, and not for an attempt', async () => {
    await casework.contact(URGENT, 'attempted', new Date());
    await casework.contact(EMERGENCY, 'phone', new Date());
    await until('the emergency case’s first contact off the list', (items) =>
      kindsOf(items, EMERGENCY).every((kind) => kind !== 'first_contact'),
    );
    expect(kindsOf(await mine(), URGENT)).toEqual(['first_contact', 'plan_approval']);
    const settled = await host.pool.query(
      "SELECT state, settled_by FROM care_plan.worklist_items WHERE case_id = $1 AND kind = 'first_contact'",
      [EMERGENCY],
    );
    expect(settled.rows).toEqual([{ state: 'satisfied', settled_by: 'ContactRecorded' }]);
  });

  it('asks for a safety follow-up from intake’s flag, satisfied by a contact at or after the flag only', async () => {
    const raisedBefore = new Date(Date.now() - 60_000);
    const screened = await host.call('POST', `/intake/cases/${URGENT}/screenings`, CM_1, {
      instrument: 'PHQ-9',
      answers: FLAGGING_PHQ9,
    });
    expect(screened.status).toBe(201);
    await until('the safety follow-up', (items) => kindsOf(items, URGENT).includes('safety_follow_up'));
    const flag = ((await caseRow(URGENT))?.['safety_flags'] as { screeningId: string; followUpDueBy: string }[])[0];
    expect((await mine()).find((item) => item.kind === 'safety_follow_up')).toMatchObject({
      caseId: URGENT,
      screeningId: flag?.screeningId,
      dueAt: new Date(flag?.followUpDueBy ?? '').toISOString(),
    });

    await casework.contact(URGENT, 'phone', raisedBefore);
    await until(
      'the urgent case’s first contact off the list',
      (items) => !kindsOf(items, URGENT).includes('first_contact'),
    );
    expect(kindsOf(await mine(), URGENT)).toContain('safety_follow_up');
    await casework.contact(URGENT, 'video', new Date());
    await until('the safety follow-up off the list', (items) => !kindsOf(items, URGENT).includes('safety_follow_up'));
  });

  it('counts a contact care plan handled before intake’s flag reached it, when the contact came after the flag', async () => {
    const intakeEvents = host.app.get<symbol, { start(): Promise<void>; stop(): Promise<void> }>(
      CARE_PLAN_EVENT_SOURCE,
      { strict: false },
    );
    await intakeEvents.stop();
    try {
      const screened = await host.call('POST', `/intake/cases/${ROUTINE}/screenings`, CM_1, {
        instrument: 'PHQ-9',
        answers: FLAGGING_PHQ9,
      });
      expect(screened.status).toBe(201);
      await casework.contact(ROUTINE, 'home_visit', new Date());
      await until('the contact on the worklist', (items) => !kindsOf(items, ROUTINE).includes('first_contact'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await caseRow(ROUTINE))?.['safety_flags']).toEqual([]);
    } finally {
      await intakeEvents.start();
    }
    await waitFor('the flag in care plan', async () => ((await caseRow(ROUTINE))?.['safety_flags'] as []).length > 0);
    const { rows } = await host.pool.query(
      "SELECT state FROM care_plan.worklist_items WHERE case_id = $1 AND kind = 'safety_follow_up'",
      [ROUTINE],
    );
    expect(rows).toEqual([{ state: 'satisfied' }]);
    expect(kindsOf(await mine(), ROUTINE)).toEqual(['plan_approval']);
  });

  it('moves a transferred case’s items to the other team, off the former worker’s list', async () => {
    const transferred = await host.call('POST', `/intake/cases/${URGENT}/transfer`, SOUTH_SUPERVISOR, {
      toTeamId: 'team-south',
      reason: 'Family moved to the south county',
    });
    expect(transferred.status).toBe(200);
    await until('the transfer', (items) => kindsOf(items, URGENT).length === 0);
    expect(kindsOf(await team(), URGENT)).toEqual([]);
    const south = await team('team-south', SOUTH_SUPERVISOR);
    expect(south.filter((item) => item.caseId === URGENT)).toEqual([
      expect.objectContaining({ kind: 'plan_approval', caseManagerId: null }),
    ]);
  });

  it('takes a closed case’s items off every list, and gives a reopened case none back', async () => {
    expect(kindsOf(await mine(), ROUTINE)).toEqual(['plan_approval']);
    const closed = await host.call('POST', `/intake/cases/${ROUTINE}/close`, SUPERVISOR, {
      reason: 'Moved away',
      outcome: 'other',
    });
    expect(closed.status).toBe(200);
    await until(
      'the closing',
      (items) => kindsOf(items, ROUTINE).length === 0,
      () => team(),
    );
    const { rows } = await host.pool.query(
      "SELECT settled_by FROM care_plan.worklist_items WHERE case_id = $1 AND kind = 'plan_approval'",
      [ROUTINE],
    );
    expect(rows).toEqual([{ settled_by: 'CaseClosed' }]);
    expect((await host.call('POST', `/intake/cases/${ROUTINE}/reopen`, SUPERVISOR, { reason: 'Back' })).status).toBe(
      200,
    );
    await waitFor('the reopening', async () => (await caseRow(ROUTINE))?.['closed_at'] === null);
    expect(kindsOf(await team(), ROUTINE)).toEqual([]);
  });

  it('keeps every boundary: own cases, own team, nobody else’s tenant; 400 with the field for a bad teamId', async () => {
    expect(await mine(CM_2)).toEqual([]);
    for (const [caller, teamId] of [
      [SOUTH_SUPERVISOR, 'team-north'],
      [SUPERVISOR, 'team-south'],
    ] as const) {
      expect(await host.call('GET', `/care-plan/worklist?teamId=${teamId}`, caller)).toMatchObject({
        status: 403,
        body: { error: 'CARE_PLAN.TEAM_WORKLIST_FORBIDDEN' },
      });
    }
    expect(kindsOf(await team('team-north', AUDITOR), UNASSIGNED)).toEqual(['first_contact', 'plan_approval']);
    expect(kindsOf(await team('team-south', ADMIN), URGENT)).toEqual(['plan_approval']);
    expect(await team('team-north', OTHER_TENANT_SUPERVISOR)).toEqual([]);
    for (const outsider of [INTAKE, PARTNER]) {
      expect((await host.call('GET', '/care-plan/worklist/me', outsider)).status).toBe(403);
      expect((await host.call('GET', '/care-plan/worklist?teamId=team-north', outsider)).status).toBe(403);
    }
    expect((await host.call('GET', '/care-plan/worklist/me', SUPERVISOR)).status).toBe(403);
    expect((await host.call('GET', '/care-plan/worklist/me')).status).toBe(401);
    expect((await host.call('GET', '/care-plan/worklist?teamId=team-north')).status).toBe(401);
    for (const query of ['', '?teamId=', `?teamId=${'x'.repeat(101)}`, '?teamId=a&teamId=b', '?teamId=a&b=1']) {
      const bad = await host.call('GET', `/care-plan/worklist${query}`, SUPERVISOR);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toMatch(/teamId|property b/);
    }
  });

  it('logs each read of a worklist, under whose list it is, and each refusal', async () => {
    const { rows } = await host.pool.query(
      "SELECT type, data, metadata FROM event_store.events WHERE stream_id LIKE 'care-plan.access_log-%' ORDER BY global_position",
    );
    const reads = rows.filter((row) => row['type'] === 'RecordAccessed').map((row) => row['data']);
    for (const role of ['case_manager', 'supervisor', 'auditor', 'admin']) {
      expect(reads).toContainEqual(expect.objectContaining({ subject: 'worklist', role }));
    }
    expect(reads).toContainEqual(
      expect.objectContaining({ subject: 'worklist', subjectId: 'team-north', role: 'supervisor' }),
    );
    expect(reads).toContainEqual(
      expect.objectContaining({ subject: 'worklist', subjectId: 'cm-1', role: 'case_manager' }),
    );
    expect(rows.map((row) => row['data'])).toContainEqual(
      expect.objectContaining({ subject: 'worklist', status: 403, error: 'CARE_PLAN.TEAM_WORKLIST_FORBIDDEN' }),
    );
  });
});
