import { randomBytes } from 'node:crypto';
import { carePlanService } from '@casemgmt/care-plan';
import { startTestHost, type TestCaller, type TestHost } from '@casemgmt/host/testing';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { waitFor } from '@casemgmt/testing';

const INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const SOUTH_CM: TestCaller = { roles: ['case_manager'], sub: 'cm-9', team: 'team-south' };
const ADMIN: TestCaller = { roles: ['admin'], sub: 'adm-1' };

const ROSA = '0190f3a0-2222-7000-8000-000000000001';
const CASE_A = '0190f3a0-3333-7000-8000-00000000000a';

// Intake and care plan on one host, as the all-in-one app runs them: care plan follows intake's events through the
// store subscription into its own view of the case, and answers it to those who work the case.
describe('care plan’s view of intake’s cases', () => {
  let host: TestHost;

  const row = async (caseId: string) =>
    (await host.pool.query('SELECT * FROM care_plan.cases WHERE case_id = $1', [caseId])).rows[0] as
      Record<string, unknown> | undefined;
  const reflected = (what: string, probe: (found: Record<string, unknown>) => boolean) =>
    waitFor(what, async () => {
      const found = await row(CASE_A);
      return found !== undefined && probe(found);
    });

  beforeAll(async () => {
    host = await startTestHost({
      name: 'care-plan',
      database: 'care_plan_app',
      services: [
        intakeService({
          caseloadLimit: 3,
          timeZone: 'America/Los_Angeles',
          personalDataMasterKey: randomBytes(32).toString('base64'),
        }),
        carePlanService({ consumes: [INTAKE_CONTRACT] }),
      ],
    });
    const admin: TestCaller = { roles: ['admin'], sub: 'registry-admin' };
    const worker = await host.call('PUT', '/intake/workers/cm-1', admin, {
      displayName: 'Worker cm-1',
      teamId: 'team-north',
      roles: ['case_manager'],
    });
    expect(worker.status).toBe(200);
    const client = await host.call('POST', '/intake/clients', INTAKE, {
      clientId: ROSA,
      givenName: 'Rosa',
      familyName: 'Delgado',
      dateOfBirth: '1979-11-02',
      preferredLanguage: 'es',
    });
    expect(client.status).toBe(201);
  }, 120_000);

  afterAll(() => host?.close());

  it('follows a case opened and assigned in intake, and answers it to its case manager', async () => {
    const opened = await host.call('POST', '/intake/cases', INTAKE, {
      caseId: CASE_A,
      clientId: ROSA,
      programId: 'adult-behavioral-health',
      priority: 'urgent',
      referralSource: { kind: 'family', name: 'Her brother Tomás' },
      teamId: 'team-north',
    });
    expect(opened.status).toBe(201);
    const assigned = await host.call('POST', `/intake/cases/${CASE_A}/assignment`, SUPERVISOR, {
      caseManagerId: 'cm-1',
    });
    expect(assigned.status).toBe(200);
    await reflected('the assignment in care plan', (found) => found['case_manager_id'] === 'cm-1');

    const read = await host.call('GET', `/care-plan/cases/${CASE_A}`, CM_1);
    expect(read).toMatchObject({
      status: 200,
      body: {
        caseId: CASE_A,
        clientId: ROSA,
        program: 'adult-behavioral-health',
        priority: 'urgent',
        status: 'opened',
        teamId: 'team-north',
        caseManagerId: 'cm-1',
        closedAt: null,
        needs: [],
        safetyFlags: [],
      },
    });
    // Nothing personal reaches care plan: the referral source's name stays sealed in intake.
    expect(JSON.stringify(await row(CASE_A))).not.toContain('Tomás');
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, SUPERVISOR)).status).toBe(200);
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, ADMIN)).status).toBe(200);
  });

  it('answers 404 outside the caller’s scope, 401 without a token and 400 for a malformed id', async () => {
    for (const outsider of [SOUTH_CM, SOUTH_SUPERVISOR]) {
      expect(await host.call('GET', `/care-plan/cases/${CASE_A}`, outsider)).toMatchObject({
        status: 404,
        body: { error: 'CARE_PLAN.CASE_NOT_FOUND' },
      });
    }
    const unknown = await host.call('GET', '/care-plan/cases/0190f3a0-3333-7000-8000-0000000000ff', ADMIN);
    expect(unknown).toMatchObject({ status: 404, body: { error: 'CARE_PLAN.CASE_NOT_FOUND' } });
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`)).status).toBe(401);
    expect((await host.call('GET', '/care-plan/cases/not-a-uuid', CM_1)).status).toBe(400);
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, INTAKE)).status).toBe(403);
  });

  it('reflects needs, status changes, closing and reopening', async () => {
    const need = await host.call('POST', `/intake/cases/${CASE_A}/needs`, CM_1, { need: 'housing' });
    expect(need.status).toBe(201);
    const forward = await host.call('POST', `/intake/cases/${CASE_A}/status`, CM_1, {
      to: 'assessment',
      expectedVersion: 3,
    });
    expect(forward.status).toBe(200);
    await reflected('the status change', (found) => found['status'] === 'assessment');
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, CM_1)).body).toMatchObject({
      status: 'assessment',
      needs: ['housing'],
    });

    const closed = await host.call('POST', `/intake/cases/${CASE_A}/close`, SUPERVISOR, {
      reason: 'Moved out of the county',
      outcome: 'other',
    });
    expect(closed.status).toBe(200);
    await reflected('the closing', (found) => found['status'] === 'closed');
    const afterClose = await host.call('GET', `/care-plan/cases/${CASE_A}`, CM_1);
    expect(afterClose.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });

    const reopened = await host.call('POST', `/intake/cases/${CASE_A}/reopen`, SUPERVISOR, {
      reason: 'Came back',
    });
    expect(reopened.status).toBe(200);
    await reflected('the reopening', (found) => found['status'] === 'assessment' && found['closed_at'] === null);
  });

  it('reflects a safety flag, without the answers, and a transfer to another team', async () => {
    const phq9 = { '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': 1 };
    const screened = await host.call('POST', `/intake/cases/${CASE_A}/screenings`, CM_1, {
      instrument: 'PHQ-9',
      answers: phq9,
    });
    expect(screened.status).toBe(201);
    await reflected('the safety flag', (found) => (found['safety_flags'] as unknown[]).length === 1);
    const flagged = await host.call('GET', `/care-plan/cases/${CASE_A}`, CM_1);
    expect(flagged.body['safetyFlags']).toEqual([
      { screeningId: expect.any(String), instrument: 'PHQ-9', followUpDueBy: expect.any(String) },
    ]);
    expect(flagged.body['needs']).toEqual(expect.arrayContaining(['housing', 'mental_health']));

    const transferred = await host.call('POST', `/intake/cases/${CASE_A}/transfer`, SOUTH_SUPERVISOR, {
      toTeamId: 'team-south',
      reason: 'Family moved to the south county',
    });
    expect(transferred.status).toBe(200);
    await reflected('the transfer', (found) => found['team_id'] === 'team-south');
    // The transfer ends the assignment: the former case manager and team no longer read the case; the new team does.
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, CM_1)).status).toBe(404);
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, SUPERVISOR)).status).toBe(404);
    expect((await host.call('GET', `/care-plan/cases/${CASE_A}`, SOUTH_SUPERVISOR)).body).toMatchObject({
      teamId: 'team-south',
      caseManagerId: null,
    });
  });
});
