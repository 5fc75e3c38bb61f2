import { isSealedPersonalData } from '@casemgmt/personal-data';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { accessLogStreamId, intakeStreamId } from '../shared/intake-streams';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';

const INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const SOUTH_INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-2', team: 'team-south' };
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: IntakeCaller = { roles: ['case_manager'], sub: 'cm-1' };
const CM_2: IntakeCaller = { roles: ['case_manager'], sub: 'cm-2' };
const AUDITOR: IntakeCaller = { roles: ['auditor'], sub: 'aud-1' };
const ADMIN: IntakeCaller = { roles: ['admin'], sub: 'adm-1' };

const ROSA = '0190f3a0-2222-7000-8000-000000000001';
const ROSA_DUPLICATE = '0190f3a0-2222-7000-8000-000000000002';
const NOBODY = '0190f3a0-2222-7000-8000-000000000099';
const CASE_A = '0190f3a0-3333-7000-8000-00000000000a';
const CASE_B = '0190f3a0-3333-7000-8000-00000000000b';
const CASE_C = '0190f3a0-3333-7000-8000-00000000000c';
const CASE_D = '0190f3a0-3333-7000-8000-00000000000d';

const openCase = (caseId: string, clientId = ROSA) => ({
  caseId,
  clientId,
  programId: 'adult-behavioral-health',
  priority: 'urgent',
  referralSource: { kind: 'family', name: 'Her brother Tomás' },
  teamId: 'team-north',
});
const phq9 = (item9: number) => ({ '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': item9 });

describe('cases over HTTP', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;

  const caseEvents = (caseId: string) => intake.store.readStream(intakeStreamId('case', caseId));
  const accessViews = async (clientId: string) =>
    (await intake.rawStore.readStream(accessLogStreamId('county-a', clientId))).map((event) => ({
      caseId: event.metadata.caseId,
      view: event.data['view'],
      role: event.data['role'],
    }));

  beforeAll(async () => {
    database = await createTestDatabase('intake_case');
    intake = await startIntakeTestApp(database.url, { caseloadLimit: 2 });
    for (const workerId of ['cm-1', 'cm-2']) await intake.registerWorker({ workerId, teamId: 'team-north' });
    const registered = await intake.call('POST', '/intake/clients', INTAKE, {
      clientId: ROSA,
      givenName: 'Rosa',
      familyName: 'Delgado',
      dateOfBirth: '1979-11-02',
      preferredLanguage: 'es',
    });
    expect(registered.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  it('opens a case for a registered client, the referral source sealed with the client’s key', async () => {
    const opened = await intake.call('POST', '/intake/cases', INTAKE, openCase(CASE_A));
    expect(opened).toEqual({ status: 201, body: { id: CASE_A, version: 1, changed: true } });

    const [stored] = await intake.rawStore.readStream(intakeStreamId('case', CASE_A));
    expect(stored).toMatchObject({
      type: 'CaseOpened',
      data: { caseId: CASE_A, clientId: ROSA, priority: 'urgent', referralSource: { kind: 'family' } },
      metadata: { tenantId: 'county-a', caseId: CASE_A, clientId: ROSA, actor: { id: 'iw-1', role: 'intake_worker' } },
    });
    expect(isSealedPersonalData(stored?.data['personal'])).toBe(true);
    expect(JSON.stringify(stored?.data)).not.toContain('Tomás');
    expect((await caseEvents(CASE_A))[0]?.data['personal']).toEqual({ referralSourceName: 'Her brother Tomás' });
  });

  it('refuses a case for a client this agency has not registered', async () => {
    const refused = await intake.call('POST', '/intake/cases', INTAKE, openCase(CASE_D, NOBODY));
    expect(refused).toMatchObject({ status: 404, body: { error: 'INTAKE.CLIENT_NOT_FOUND' } });
    const otherCounty = await intake.call('POST', '/intake/cases', { ...INTAKE, tenant: 'county-b' }, openCase(CASE_D));
    expect(otherCounty).toMatchObject({ status: 404, body: { error: 'INTAKE.CLIENT_NOT_FOUND' } });
  });

  it('refuses a case for a merged client, naming the survivor', async () => {
    await intake.call('POST', '/intake/clients', INTAKE, {
      clientId: ROSA_DUPLICATE,
      givenName: 'Rosa M.',
      familyName: 'Delgado-Ruiz',
      dateOfBirth: '1979-11-20',
      preferredLanguage: 'es',
    });
    // ROSA_DUPLICATE has no case, so no supervisor reaches it yet (ADR 0012): an admin merges.
    const merged = await intake.call(
      'POST',
      `/intake/clients/${ROSA}/merge`,
      { roles: ['admin'], sub: 'admin-1' },
      {
        mergedClientId: ROSA_DUPLICATE,
        reason: 'Same person, registered twice',
      },
    );
    expect(merged.status).toBe(200);
    const refused = await intake.call('POST', '/intake/cases', INTAKE, openCase(CASE_D, ROSA_DUPLICATE));
    expect(refused).toMatchObject({
      status: 409,
      body: { error: 'INTAKE.CLIENT_MERGED', details: { clientId: ROSA_DUPLICATE, survivorId: ROSA } },
    });
  });

  it('answers 400 naming the fields of a bad body', async () => {
    const badOpen = await intake.call('POST', '/intake/cases', INTAKE, { ...openCase(CASE_D), priority: 'whenever' });
    expect(badOpen.status).toBe(400);
    expect(badOpen.body['violations']).toEqual([expect.objectContaining({ field: 'priority' })]);

    const badStatus = await intake.call('POST', `/intake/cases/${CASE_A}/status`, SUPERVISOR, { to: 'closed' });
    expect(badStatus.status).toBe(400);
    expect((badStatus.body['violations'] as { field: string }[]).map((violation) => violation.field)).toEqual([
      'to',
      'expectedVersion',
    ]);

    const badScreening = await intake.call('POST', `/intake/cases/${CASE_A}/screenings`, INTAKE, {
      instrument: 'PHQ-9',
      answers: { ...phq9(0), '9': 7 },
    });
    expect(badScreening).toMatchObject({
      status: 400,
      body: { error: 'INTAKE.SCREENING_ANSWERS_INVALID', details: { item: '9', reason: 'out_of_range' } },
    });
  });

  it('assigns within the caseload limit, refuses beyond it, and records a supervisor’s override', async () => {
    for (const caseId of [CASE_B, CASE_C, CASE_D]) {
      expect((await intake.call('POST', '/intake/cases', INTAKE, openCase(caseId))).status).toBe(201);
    }
    const assign = (caseId: string, caller: IntakeCaller, override?: { reason: string }) =>
      intake.call('POST', `/intake/cases/${caseId}/assignment`, caller, {
        caseManagerId: 'cm-1',
        ...(override ? { override } : {}),
      });

    expect(await assign(CASE_A, INTAKE)).toEqual({ status: 200, body: { id: CASE_A, version: 2, changed: true } });
    await intake.projectionsCaughtUp();
    expect((await assign(CASE_B, SUPERVISOR)).status).toBe(200);
    await intake.projectionsCaughtUp();

    expect(await assign(CASE_C, SUPERVISOR)).toMatchObject({
      status: 409,
      body: { error: 'INTAKE.CASELOAD_LIMIT_REACHED', details: { caseManagerId: 'cm-1', caseload: 2, limit: 2 } },
    });
    expect(await assign(CASE_C, INTAKE, { reason: 'She asked for cm-1' })).toMatchObject({
      status: 403,
      body: { error: 'INTAKE.OVERRIDE_NOT_ALLOWED' },
    });
    expect(await assign(CASE_C, SUPERVISOR, { reason: 'Only Spanish-speaking case manager' })).toEqual({
      status: 200,
      body: { id: CASE_C, version: 2, changed: true },
    });
    expect((await caseEvents(CASE_C)).at(-1)).toMatchObject({
      type: 'CaseAssigned',
      data: {
        caseManagerId: 'cm-1',
        previousCaseManagerId: null,
        caseloadOverride: { supervisorId: 'sup-1', caseloadAtAssignment: 2, limit: 2 },
        personal: { overrideReason: 'Only Spanish-speaking case manager' },
      },
      metadata: { actor: { id: 'sup-1', role: 'supervisor' }, caseId: CASE_C, clientId: ROSA },
    });
    // Assigning to the current assignee changes nothing.
    expect(await assign(CASE_C, SUPERVISOR)).toEqual({ status: 200, body: { id: CASE_C, version: 2, changed: false } });
  });

  it('assigns only to an active case manager registered in the case’s team', async () => {
    await intake.registerWorker({ workerId: 'cm-south', teamId: 'team-south' });
    await intake.registerWorker({ workerId: 'cm-gone', teamId: 'team-north' });
    const deactivated = await intake.call('POST', '/intake/workers/cm-gone/deactivation', ADMIN, {
      reason: 'left_agency',
    });
    expect(deactivated).toMatchObject({ status: 200, body: { changed: true } });
    const assign = (caseManagerId: string, caller: IntakeCaller = SUPERVISOR) =>
      intake.call('POST', `/intake/cases/${CASE_D}/assignment`, caller, { caseManagerId });

    expect(await assign('nobody-of-that-name')).toMatchObject({
      status: 422,
      body: { error: 'INTAKE.ASSIGNEE_NOT_ASSIGNABLE', details: { reason: 'unknown', teamId: 'team-north' } },
    });
    expect(await assign('cm-gone')).toMatchObject({ status: 422, body: { details: { reason: 'deactivated' } } });
    expect(await assign('cm-south')).toMatchObject({ status: 422, body: { details: { reason: 'other_team' } } });
    expect(await assign('cm-1', SOUTH_INTAKE)).toMatchObject({
      status: 403,
      body: { error: 'INTAKE.ASSIGNMENT_FORBIDDEN' },
    });
    expect(await assign('cm-1', SOUTH_SUPERVISOR)).toMatchObject({
      status: 404,
      body: { error: 'INTAKE.CASE_NOT_FOUND' },
    });
    expect((await caseEvents(CASE_D)).map((event) => event.type)).toEqual(['CaseOpened']);
  });

  it('records a PHQ-9 with item 9 answered as a safety flag due the same day, and the need it identifies', async () => {
    const recorded = await intake.call('POST', `/intake/cases/${CASE_A}/screenings`, CM_1, {
      instrument: 'PHQ-9',
      answers: phq9(1),
    });
    expect(recorded).toMatchObject({ status: 201, body: { id: CASE_A, version: 5, changed: true } });
    const events = await caseEvents(CASE_A);
    expect(events.slice(-3).map((event) => event.type)).toEqual([
      'ScreeningScored',
      'SafetyFlagRaised',
      'NeedIdentified',
    ]);
    const [scored, flag] = events.slice(-3);
    expect(scored?.data).toMatchObject({
      screeningId: recorded.body['screeningId'],
      instrumentVersion: 'PHQ-9 (Kroenke 2001)',
      personal: { answers: phq9(1), subject: {} },
      result: { totalScore: 10, band: 'moderate', positive: true, safetyFlag: true },
    });
    // The answers are sealed: as stored, the event carries the result only.
    const [stored] = (await intake.rawStore.readStream(intakeStreamId('case', CASE_A))).slice(-3);
    expect(Object.keys(stored?.data ?? {}).sort()).toEqual(
      ['caseId', 'instrument', 'instrumentVersion', 'personal', 'result', 'screeningId'].sort(),
    );
    expect(flag?.data).toMatchObject({ instrument: 'PHQ-9', items: ['9'] });
    const due = new Date(String(flag?.data['followUpDueBy'])).getTime() - (flag?.occurredAt.getTime() ?? 0);
    expect(due).toBe(24 * 3_600_000);
  });

  it('refuses a screening by a case manager the case is not assigned to, as if it did not exist', async () => {
    const refused = await intake.call('POST', `/intake/cases/${CASE_A}/screenings`, CM_2, {
      instrument: 'PHQ-9',
      answers: phq9(0),
    });
    expect(refused).toMatchObject({ status: 404, body: { error: 'INTAKE.CASE_NOT_FOUND' } });
    expect((await intake.call('POST', `/intake/cases/${CASE_A}/needs`, AUDITOR, { need: 'food' })).status).toBe(403);
  });

  it('moves a case forward with the version read, and refuses a stale version or a step back', async () => {
    const forward = await intake.call('POST', `/intake/cases/${CASE_B}/status`, CM_1, {
      to: 'assessment',
      expectedVersion: 2,
    });
    expect(forward).toEqual({ status: 200, body: { id: CASE_B, version: 3, changed: true } });
    const stale = await intake.call('POST', `/intake/cases/${CASE_B}/status`, CM_1, {
      to: 'planning',
      expectedVersion: 2,
    });
    expect(stale).toMatchObject({ status: 409, body: { error: 'EVENT_STORE.WRONG_EXPECTED_VERSION' } });
    const back = await intake.call('POST', `/intake/cases/${CASE_B}/status`, CM_1, {
      to: 'opened',
      expectedVersion: 3,
    });
    expect(back).toMatchObject({
      status: 409,
      body: { error: 'INTAKE.CASE_TRANSITION_NOT_ALLOWED', details: { from: 'assessment', to: 'opened' } },
    });
  });

  it('counts each worker’s open cases, by status and priority, with open safety flags', async () => {
    await intake.projectionsCaughtUp();
    const mine = await intake.call('GET', '/intake/caseloads/me', CM_1);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      caseManagerId: 'cm-1',
      caseloadLimit: 2,
      openCases: 3,
      byStatus: { opened: 2, assessment: 1, planning: 0, services: 0 },
      byPriority: { emergency: 0, urgent: 3, routine: 0 },
      openSafetyFlags: 1,
    });
    expect((mine.body['cases'] as { caseId: string }[]).map((item) => item.caseId).sort()).toEqual(
      [CASE_A, CASE_B, CASE_C].sort(),
    );

    const team = await intake.call('GET', '/intake/caseloads?teamId=team-north', SUPERVISOR);
    expect(team).toMatchObject({
      status: 200,
      body: {
        teamId: 'team-north',
        caseloadLimit: 2,
        workers: [{ caseManagerId: 'cm-1', openCases: 3, openSafetyFlags: 1, atLimit: true }],
        unassigned: [{ caseId: CASE_D, clientId: ROSA, status: 'opened' }],
      },
    });
    const otherTeam = await intake.call('GET', '/intake/caseloads?teamId=team-north', SOUTH_SUPERVISOR);
    expect(otherTeam).toMatchObject({ status: 403, body: { error: 'INTAKE.TEAM_CASELOAD_FORBIDDEN' } });
  });

  it('shows a case to whoever may read it, and hides it from a case manager it is not assigned to', async () => {
    const read = await intake.call('GET', `/intake/cases/${CASE_A}`, CM_1);
    expect(read).toMatchObject({
      status: 200,
      body: {
        caseId: CASE_A,
        clientId: ROSA,
        status: 'opened',
        caseManagerId: 'cm-1',
        referralSource: { kind: 'family', name: 'Her brother Tomás' },
        screenings: [{ instrument: 'PHQ-9', result: { totalScore: 10 } }],
        safetyFlags: [{ instrument: 'PHQ-9', items: ['9'] }],
        needs: [{ need: 'mental_health', source: { kind: 'screening' } }],
        version: 5,
      },
    });
    expect((await intake.call('GET', `/intake/cases/${CASE_A}`, AUDITOR)).status).toBe(200);
    expect(await intake.call('GET', `/intake/cases/${CASE_A}`, CM_2)).toMatchObject({
      status: 404,
      body: { error: 'INTAKE.CASE_NOT_FOUND' },
    });
    expect((await intake.call('GET', `/intake/cases/${CASE_A}`, SOUTH_SUPERVISOR)).status).toBe(404);
  });

  it('records every read of case data in the client’s access log, and no refused one', async () => {
    const views = await accessViews(ROSA);
    const caseReads = views.filter((entry) => entry.view === 'GET /intake/cases/{id}');
    expect(caseReads).toEqual([
      { caseId: CASE_A, view: 'GET /intake/cases/{id}', role: 'case_manager' },
      { caseId: CASE_A, view: 'GET /intake/cases/{id}', role: 'auditor' },
    ]);
    const listed = views.filter((entry) => entry.view === 'GET /intake/caseloads/me').map((entry) => entry.caseId);
    expect(listed.sort()).toEqual([CASE_A, CASE_B, CASE_C].sort());
    expect(views.filter((entry) => entry.view === 'GET /intake/caseloads')).toEqual([
      { caseId: CASE_D, view: 'GET /intake/caseloads', role: 'supervisor' },
    ]);
  });

  it('transfers a case to another team, ending the assignment, and closes and reopens it there', async () => {
    const transfer = (caller: IntakeCaller) =>
      intake.call('POST', `/intake/cases/${CASE_C}/transfer`, caller, {
        toTeamId: 'team-south',
        reason: 'Family moved to the south county',
      });
    // Only the receiving team takes a case over: the sending supervisor cannot push it out alone.
    expect(await transfer(SUPERVISOR)).toMatchObject({ status: 403, body: { error: 'INTAKE.TRANSFER_FORBIDDEN' } });
    const transferred = await transfer(SOUTH_SUPERVISOR);
    expect(transferred).toMatchObject({ status: 200, body: { changed: true } });
    // The sending supervisor no longer finds it; the receiving one does.
    expect((await intake.call('GET', `/intake/cases/${CASE_C}`, SUPERVISOR)).status).toBe(404);
    const closed = await intake.call('POST', `/intake/cases/${CASE_C}/close`, SOUTH_SUPERVISOR, {
      reason: 'Declined services',
      outcome: 'client_withdrew',
    });
    expect(closed).toMatchObject({ status: 200, body: { changed: true } });
    const closedChange = await intake.call('POST', `/intake/cases/${CASE_C}/needs`, SOUTH_SUPERVISOR, {
      need: 'food',
    });
    expect(closedChange).toMatchObject({ status: 409, body: { error: 'INTAKE.CASE_CLOSED' } });
    const reopened = await intake.call('POST', `/intake/cases/${CASE_C}/reopen`, SOUTH_SUPERVISOR, {
      reason: 'Asked for help again',
    });
    expect(reopened).toMatchObject({ status: 200, body: { changed: true } });

    await intake.projectionsCaughtUp();
    const { rows } = await intake.pool.query<Record<string, unknown>>(
      `SELECT status, team_id, case_manager_id FROM intake.caseload_entry WHERE tenant_id = 'county-a' AND case_id = $1`,
      [CASE_C],
    );
    expect(rows).toEqual([{ status: 'assessment', team_id: 'team-south', case_manager_id: null }]);
    const mine = await intake.call('GET', '/intake/caseloads/me', CM_1);
    expect(mine.body).toMatchObject({ openCases: 2 });
  });

  it('records eligibility with its reasons, and a need added by hand only once', async () => {
    const determined = await intake.call('POST', `/intake/cases/${CASE_B}/eligibility`, CM_1, {
      applicant: { dateOfBirth: '1979-11-02', householdSize: 3, annualHouseholdIncome: 41_000 },
    });
    expect(determined).toMatchObject({ status: 201, body: { changed: true } });
    expect((await caseEvents(CASE_B)).at(-1)).toMatchObject({
      type: 'EligibilityDetermined',
      data: {
        programId: 'adult-behavioral-health',
        eligible: true,
        reasons: [
          { rule: 'age', passed: true },
          { rule: 'income', passed: true },
        ],
        personal: { applicant: { dateOfBirth: '1979-11-02' } },
      },
    });
    const added = await intake.call('POST', `/intake/cases/${CASE_B}/needs`, CM_1, {
      need: 'housing',
      note: 'Couch-surfing',
    });
    const again = await intake.call('POST', `/intake/cases/${CASE_B}/needs`, CM_1, { need: 'housing' });
    expect([added.body['changed'], again.body['changed']]).toEqual([true, false]);
  });
});
