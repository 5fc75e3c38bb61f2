import { randomUUID } from 'node:crypto';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { openCase, startIntakeAndCarePlan } from './testing/intake-and-care-plan';

const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const OTHER_TENANT_SUPERVISOR: TestCaller = { ...SUPERVISOR, tenant: 'county-b' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north' };
const AUDITOR: TestCaller = { roles: ['auditor'], sub: 'aud-1' };
const PARTNER: TestCaller = { roles: ['provider_partner'], sub: 'pp-1', org: 'org-7' };

const CLIENT = '0190f3a0-2222-7000-8000-000000000012';

// The supervisor's approvals over HTTP against a real PostgreSQL: the team's queue (first submissions and changed
// plans awaiting re-approval), one version of a plan (the last approved beside the one submitted after it), the
// boundaries of the team and the case, and every read in the access log.
describe('a team’s approvals and a care plan as of one of its versions', () => {
  let host: TestHost;
  const caseId = randomUUID();
  let planId = '';
  let goalId = '';

  const planPath = (suffix = '') => `/care-plan/cases/${caseId}/plans/${planId}${suffix}`;
  const versionOf = (version: number | string, caller: TestCaller = SUPERVISOR) =>
    host.call('GET', planPath(`/versions/${version}`), caller);

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({ name: 'care-plan-plan-approvals', clientId: CLIENT });
    await openCase(host, { caseId, clientId: CLIENT, priority: 'routine', caseManagerId: 'cm-1' });
    expect((await host.call('POST', `/intake/cases/${caseId}/needs`, CM_1, { need: 'housing' })).status).toBe(201);
    await waitFor('the case and its need in care plan', async () => {
      const { rows } = await host.pool.query('SELECT needs, case_manager_id FROM care_plan.cases WHERE case_id = $1', [
        caseId,
      ]);
      const row = rows[0] as { needs: string[]; case_manager_id: string } | undefined;
      return row?.case_manager_id === 'cm-1' && row.needs.includes('housing');
    });
    planId = (await host.call('POST', `/care-plan/cases/${caseId}/plans`, CM_1, {})).body['planId'] as string;
    const goal = await host.call('POST', planPath('/goals'), CM_1, {
      needs: ['housing'],
      description: 'Find a flat near the school',
      targetDate: '2026-09-30',
    });
    goalId = goal.body['id'] as string;
    expect((await host.call('POST', planPath('/submission'), CM_1, { version: 2 })).status).toBe(201);
    expect((await host.call('POST', planPath('/approval'), SUPERVISOR, { version: 2 })).status).toBe(201);
    // Changed after the approval, and submitted again.
    expect(
      (
        await host.call('POST', planPath(`/goals/${goalId}/interventions`), CM_1, {
          description: 'Apply for the housing programme',
          responsible: { kind: 'case_manager' },
          dueDate: '2026-05-15',
        })
      ).status,
    ).toBe(201);
    expect((await host.call('POST', planPath('/submission'), CM_1, { version: 3 })).status).toBe(201);
  }, 120_000);

  afterAll(() => host?.close());

  it('shows the last approved version as it was approved, without what was added after it', async () => {
    const approved = await versionOf(2);
    expect(approved).toMatchObject({
      status: 200,
      body: {
        planId,
        version: 2,
        approvalStatus: 'approved',
        approved: { version: 2, by: 'sup-1' },
        goals: [{ goalId, description: 'Find a flat near the school', interventions: [], measureProgress: null }],
      },
    });
    const submitted = await versionOf(3);
    expect(submitted).toMatchObject({
      status: 200,
      body: {
        version: 3,
        approvalStatus: 'submitted',
        submitted: { version: 3 },
        goals: [{ goalId, interventions: [{ description: 'Apply for the housing programme' }] }],
      },
    });
  });

  it('answers 404 for a version or a plan that never was, and 400 for a version that is not a number', async () => {
    expect(await versionOf(9)).toMatchObject({ status: 404, body: { error: 'CARE_PLAN.PLAN_NOT_FOUND' } });
    expect(
      await host.call('GET', `/care-plan/cases/${caseId}/plans/${randomUUID()}/versions/1`, SUPERVISOR),
    ).toMatchObject({ status: 404, body: { error: 'CARE_PLAN.PLAN_NOT_FOUND' } });
    expect((await versionOf('two')).status).toBe(400);
    expect((await versionOf(0)).status).toBe(400);
  });

  it('keeps the case’s boundaries: other teams, workers and tenants read 404, other roles 403', async () => {
    for (const outsider of [SOUTH_SUPERVISOR, OTHER_TENANT_SUPERVISOR, CM_2]) {
      expect(await versionOf(2, outsider)).toMatchObject({ status: 404, body: { error: 'CARE_PLAN.CASE_NOT_FOUND' } });
    }
    expect((await versionOf(2, PARTNER)).status).toBe(403);
    expect((await host.call('GET', planPath('/versions/2'))).status).toBe(401);
    expect((await versionOf(2, CM_1)).status).toBe(200);
    expect((await versionOf(2, AUDITOR)).status).toBe(200);
  });

  it('lists the plan awaiting re-approval in its team’s queue, and only there', async () => {
    const queue = (caller: TestCaller, teamId = 'team-north') =>
      host.call('GET', `/care-plan/approvals?teamId=${teamId}`, caller);
    const mine = await queue(SUPERVISOR);
    expect(mine).toMatchObject({
      status: 200,
      body: {
        teamId: 'team-north',
        items: [
          {
            caseId,
            caseManagerId: 'cm-1',
            plan: { planId, version: 3, approvalStatus: 'submitted', approved: { version: 2 } },
          },
        ],
      },
    });
    expect((await queue(AUDITOR)).status).toBe(200);
    expect((await queue(SOUTH_SUPERVISOR)).body['items']).toBeUndefined();
    expect(await queue(SOUTH_SUPERVISOR)).toMatchObject({
      status: 403,
      body: { error: 'CARE_PLAN.TEAM_APPROVALS_FORBIDDEN' },
    });
    expect(await queue(SOUTH_SUPERVISOR, 'team-south')).toMatchObject({ status: 200, body: { items: [] } });
    expect(await queue(OTHER_TENANT_SUPERVISOR)).toMatchObject({ status: 200, body: { items: [] } });
    expect((await queue(CM_1)).status).toBe(403);
    expect((await queue(PARTNER)).status).toBe(403);
    expect((await host.call('GET', '/care-plan/approvals', SUPERVISOR)).status).toBe(400);

    // Approved, it leaves the queue.
    expect((await host.call('POST', planPath('/approval'), SUPERVISOR, { version: 3 })).status).toBe(201);
    expect(await queue(SUPERVISOR)).toMatchObject({ status: 200, body: { items: [] } });
  });

  it('records each read, and each refusal, in care plan’s access log', async () => {
    const { rows } = await host.pool.query(
      "SELECT type, data FROM event_store.events WHERE stream_id LIKE 'care-plan.access_log-%' ORDER BY global_position",
    );
    const view = 'GET /care-plan/cases/{caseId}/plans/{planId}/versions/{version}';
    expect(rows).toContainEqual(
      expect.objectContaining({
        type: 'RecordAccessed',
        data: expect.objectContaining({ subjectId: caseId, view: 'GET /care-plan/approvals', role: 'supervisor' }),
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        type: 'RecordAccessed',
        data: expect.objectContaining({ subject: 'plan', subjectId: caseId, view, role: 'supervisor' }),
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        type: 'RecordAccessRefused',
        data: expect.objectContaining({ subjectId: caseId, status: 404, roles: ['supervisor'] }),
      }),
    );
  });
});
