import { randomBytes, randomUUID } from 'node:crypto';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { brokerList } from '@casemgmt/messaging';
import { waitFor } from '@casemgmt/testing';
import { caseworkEvents } from './testing/casework-events';
import { startIntakeAndCarePlan } from './testing/intake-and-care-plan';

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
    host = await startIntakeAndCarePlan({ name: 'care-plan-app', clientId: ROSA });
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

// The distributed path on one host: intake relays its events to its topic and care plan reads them back from Kafka.
// The topic outlives a run on a broker other suites share, so this run has a tenant, ids and a consumer group of its
// own, and care plan reads the rest of the topic's history without it touching this run's case.
const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const TENANT = `county-${RUN}`;
const KAFKA_INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north', tenant: TENANT };
const KAFKA_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north', tenant: TENANT };
const KAFKA_CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north', tenant: TENANT };
const KAFKA_CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north', tenant: TENANT };

describe('care plan’s view of intake’s cases over Kafka', () => {
  let host: TestHost;
  const caseId = randomUUID();
  const clientId = randomUUID();

  const statusOf = async (): Promise<unknown> =>
    (
      await host.pool.query('SELECT status FROM care_plan.cases WHERE tenant_id = $1 AND case_id = $2', [
        TENANT,
        caseId,
      ])
    ).rows[0]?.['status'];

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({
      name: 'care-plan-kafka',
      clientId,
      tenant: TENANT,
      kafkaBrokers: brokerList(process.env['KAFKA_BROKERS'] ?? ''),
      consumer: `care-plan-${RUN}`,
    });
  }, 120_000);

  afterAll(() => host?.close());

  it('follows a case opened, assigned and closed in intake from intake’s topic', async () => {
    const opened = await host.call('POST', '/intake/cases', KAFKA_INTAKE, {
      caseId,
      clientId,
      programId: 'adult-behavioral-health',
      priority: 'emergency',
      referralSource: { kind: 'self' },
      teamId: 'team-north',
    });
    expect(opened.status).toBe(201);
    const assigned = await host.call('POST', `/intake/cases/${caseId}/assignment`, KAFKA_SUPERVISOR, {
      caseManagerId: 'cm-1',
    });
    expect(assigned.status).toBe(200);
    await waitFor(
      'the assignment in care plan, from Kafka',
      async () => (await host.call('GET', `/care-plan/cases/${caseId}`, KAFKA_CM_1)).status === 200,
      60_000,
    );
    expect((await host.call('GET', `/care-plan/cases/${caseId}`, KAFKA_CM_1)).body).toMatchObject({
      caseId,
      program: 'adult-behavioral-health',
      priority: 'emergency',
      status: 'opened',
      caseManagerId: 'cm-1',
    });
    expect((await host.call('GET', `/care-plan/cases/${caseId}`, KAFKA_CM_2)).status).toBe(404);

    // The worklist follows intake's topic with the case view, and care plan's own events from its store.
    const worklist = async () =>
      ((await host.call('GET', '/care-plan/worklist/me', KAFKA_CM_1)).body['items'] as { kind: string }[])
        .map((item) => item.kind)
        .sort();
    await waitFor('the case’s first items', async () => (await worklist()).length === 2, 60_000);
    expect(await worklist()).toEqual(['first_contact', 'plan_approval']);
    await caseworkEvents(host, { clientId, tenant: TENANT }).contact(caseId, 'phone', new Date());
    await waitFor('the first contact off the list', async () => (await worklist()).join() === 'plan_approval');

    const closed = await host.call('POST', `/intake/cases/${caseId}/close`, KAFKA_SUPERVISOR, {
      reason: 'Moved away',
      outcome: 'other',
    });
    expect(closed.status).toBe(200);
    await waitFor('the closing in care plan, from Kafka', async () => (await statusOf()) === 'closed', 60_000);
    expect(await worklist()).toEqual([]);
  }, 150_000);
});
