import { randomUUID } from 'node:crypto';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { openCase, startIntakeAndCarePlan } from './testing/intake-and-care-plan';

const INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north' };
const AUDITOR: TestCaller = { roles: ['auditor'], sub: 'aud-1' };
const PARTNER: TestCaller = { roles: ['provider_partner'], sub: 'pp-1', org: 'org-7' };
const OTHER_TENANT_SUPERVISOR: TestCaller = { ...SUPERVISOR, tenant: 'county-b' };

const ROSA = '0190f3a0-2222-7000-8000-000000000002';
const GOAL_WORDS = 'Quiero sentirme como yo otra vez';

// Care plan's plans over HTTP, on intake's cases as care plan follows them, against a real PostgreSQL: approval
// pinned to a version, the plan as of a date, the case's status, access across every boundary, sealing and the
// access log.
describe('care plans of a case', () => {
  let host: TestHost;
  const caseId = randomUUID();
  let planId = '';
  let goalId = '';

  const plans = (caller: TestCaller, query = '') =>
    host.call('GET', `/care-plan/cases/${caseId}/plans${query}`, caller);
  const planPath = (suffix = '') => `/care-plan/cases/${caseId}/plans/${planId}${suffix}`;
  const planOf = async (caller: TestCaller = CM_1, query = '') =>
    ((await plans(caller, query)).body['plans'] as Record<string, unknown>[]).find((plan) => plan['planId'] === planId);
  const caseRow = async () =>
    (await host.pool.query('SELECT * FROM care_plan.cases WHERE case_id = $1', [caseId])).rows[0] as
      Record<string, unknown> | undefined;

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({ name: 'care-plan-plans', clientId: ROSA });
    await openCase(host, { caseId, clientId: ROSA, priority: 'urgent', caseManagerId: 'cm-1' });
    expect((await host.call('POST', `/intake/cases/${caseId}/needs`, CM_1, { need: 'mental_health' })).status).toBe(
      201,
    );
    await waitFor('the case, its case manager and its need in care plan', async () => {
      const row = await caseRow();
      return row?.['case_manager_id'] === 'cm-1' && (row['needs'] as string[]).includes('mental_health');
    });
  }, 120_000);

  afterAll(() => host?.close());

  it('lets the case manager draft a plan and add a goal in the client’s words, sealed wherever it is stored', async () => {
    const drafted = await host.call('POST', `/care-plan/cases/${caseId}/plans`, CM_1, {});
    expect(drafted).toMatchObject({ status: 201, body: { caseId, streamVersion: 1, changed: true } });
    planId = drafted.body['planId'] as string;

    const goal = await host.call('POST', planPath('/goals'), CM_1, {
      needs: ['mental_health'],
      description: GOAL_WORDS,
      targetDate: '2026-06-30',
      measure: { instrument: 'PHQ-9', comparator: '<', value: 10 },
    });
    expect(goal).toMatchObject({ status: 201, body: { planId, streamVersion: 2, changed: true } });
    goalId = goal.body['id'] as string;

    expect(await planOf()).toMatchObject({
      status: 'draft',
      version: 2,
      approvalStatus: 'not-submitted',
      goals: [{ goalId, description: GOAL_WORDS, lifecycleStatus: 'proposed', measureProgress: null }],
    });
    const stored = await host.pool.query(
      "SELECT data::text FROM event_store.events WHERE stream_id = $1 AND type = 'GoalAdded'",
      [`care-plan.plan-${caseId}`],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]?.['data']).toContain('"$sealed"');
    expect(stored.rows[0]?.['data']).not.toContain('sentirme');
  });

  it('answers 400 with the field and the reason for bad input, and 422 for a need the case does not have', async () => {
    const badDate = await host.call('POST', planPath('/goals'), CM_1, {
      needs: ['mental_health'],
      description: 'x',
      targetDate: 'next spring',
    });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body)).toContain('targetDate');
    const noNeeds = await host.call('POST', planPath('/goals'), CM_1, {
      needs: [],
      description: 'x',
      targetDate: '2026-06-30',
    });
    expect(noNeeds.status).toBe(400);
    const unknownNeed = await host.call('POST', planPath('/goals'), CM_1, {
      needs: ['legal'],
      description: 'x',
      targetDate: '2026-06-30',
    });
    expect(unknownNeed).toMatchObject({ status: 422, body: { error: 'CARE_PLAN.NEED_NOT_ON_CASE' } });
    expect((await host.call('POST', planPath('/goals'), CM_1, [1, 2])).status).toBe(400);
    expect((await host.call('POST', `/care-plan/cases/${caseId}/plans/not-a-plan/goals`, CM_1, {})).status).toBe(400);
    expect((await planOf())?.['version']).toBe(2);
  });

  it('keeps every boundary: other teams and workers read 404, auditors read but write 403, others 403', async () => {
    for (const outsider of [CM_2, SOUTH_SUPERVISOR, OTHER_TENANT_SUPERVISOR]) {
      expect(await plans(outsider)).toMatchObject({ status: 404, body: { error: 'CARE_PLAN.CASE_NOT_FOUND' } });
      expect(await host.call('POST', planPath('/goals/' + goalId + '/notes'), outsider, { text: 'x' })).toMatchObject({
        status: 404,
      });
    }
    expect((await plans(AUDITOR)).status).toBe(200);
    expect((await host.call('POST', `/care-plan/cases/${caseId}/plans`, AUDITOR, {})).status).toBe(403);
    expect((await plans(INTAKE)).status).toBe(403);
    expect((await plans(PARTNER)).status).toBe(403);
    expect((await plans({ ...CM_1, roles: [] })).status).toBe(403);
    expect((await host.call('GET', `/care-plan/cases/${caseId}/plans`)).status).toBe(401);
    expect((await plans(SUPERVISOR)).status).toBe(200);
  });

  it('pins the approval to a version: the case manager may not approve, a changed plan awaits re-approval', async () => {
    expect(await host.call('POST', planPath('/submission'), CM_1, { version: 1 })).toMatchObject({
      status: 409,
      body: { error: 'CARE_PLAN.VERSION_NOT_CURRENT' },
    });
    expect((await host.call('POST', planPath('/submission'), CM_1, { version: 2 })).status).toBe(201);
    expect(await host.call('POST', planPath('/approval'), CM_1, { version: 2 })).toMatchObject({ status: 403 });
    const approved = await host.call('POST', planPath('/approval'), SUPERVISOR, { version: 2 });
    expect(approved).toMatchObject({ status: 201, body: { changed: true } });
    expect(await planOf()).toMatchObject({
      status: 'active',
      version: 2,
      approvalStatus: 'approved',
      approved: { version: 2, by: 'sup-1' },
      nextReviewDueBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const beforeChange = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const intervention = await host.call('POST', planPath(`/goals/${goalId}/interventions`), CM_1, {
      description: 'Weekly counselling at the clinic',
      responsible: { kind: 'provider_organization', organizationId: 'org-7' },
      dueDate: '2026-04-15',
    });
    expect(intervention.status).toBe(201);
    expect(await planOf()).toMatchObject({
      version: 3,
      approvalStatus: 'awaiting-re-approval',
      approved: { version: 2 },
    });
    // The plan as of just before the change: version 2, approved then.
    expect(await planOf(SUPERVISOR, `?asOf=${beforeChange.toISOString()}`)).toMatchObject({
      version: 2,
      approvalStatus: 'approved',
    });
    expect((await plans(CM_1, '?asOf=yesterday')).status).toBe(400);
  });

  it('answers 409 for a stale expected version, and leaves the plan as it was', async () => {
    const stale = await host.call('POST', planPath(`/goals/${goalId}/notes`), CM_1, {
      text: 'Slept better',
      expectedVersion: 1,
    });
    expect(stale).toMatchObject({ status: 409, body: { error: 'EVENT_STORE.WRONG_EXPECTED_VERSION' } });
    const { body } = await plans(CM_1);
    const note = await host.call('POST', planPath(`/goals/${goalId}/notes`), CM_1, {
      text: 'Slept better',
      expectedVersion: body['streamVersion'],
    });
    expect(note.status).toBe(201);
    expect((await planOf())?.['goals']).toMatchObject([{ notes: [{ text: 'Slept better', by: 'cm-1' }] }]);
  });

  it('compares a measured goal with the case’s later screenings', async () => {
    const phq9 = { '1': 1, '2': 1, '3': 1, '4': 1, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 };
    const screened = await host.call('POST', `/intake/cases/${caseId}/screenings`, CM_1, {
      instrument: 'PHQ-9',
      answers: phq9,
    });
    expect(screened.status).toBe(201);
    await waitFor(
      'the screening in care plan',
      async () => Object.keys((await caseRow())?.['latest_scores'] as object).length > 0,
    );
    expect((await planOf())?.['goals']).toMatchObject([
      { measureProgress: { totalScore: 4, met: true, screenedAt: expect.any(String) } },
    ]);
  });

  it('logs every read, and every refusal, in care plan’s access log', async () => {
    const { rows } = await host.pool.query(
      "SELECT type, data, metadata FROM event_store.events WHERE stream_id LIKE 'care-plan.access_log-%' ORDER BY global_position",
    );
    const reads = rows.filter((row) => row['type'] === 'RecordAccessed');
    expect(reads.length).toBeGreaterThan(5);
    expect(reads).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({ subject: 'plan', subjectId: caseId, role: 'auditor' }),
        metadata: expect.objectContaining({ caseId, clientId: ROSA }),
      }),
    );
    const refusals = rows.filter((row) => row['type'] === 'RecordAccessRefused');
    expect(refusals).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          subjectId: caseId,
          status: 404,
          error: 'CARE_PLAN.CASE_NOT_FOUND',
          roles: ['case_manager'],
        }),
      }),
    );
  });

  it('refuses new plans and goals once the case is closed (409, with the rule), but lets its plan be completed', async () => {
    const closed = await host.call('POST', `/intake/cases/${caseId}/close`, SUPERVISOR, {
      reason: 'Moved away',
      outcome: 'other',
    });
    expect(closed.status).toBe(200);
    await waitFor('the closing in care plan', async () => (await caseRow())?.['status'] === 'closed');
    const refused = await host.call('POST', `/care-plan/cases/${caseId}/plans`, CM_1, {});
    expect(refused).toMatchObject({
      status: 409,
      body: { error: 'CARE_PLAN.CASE_NOT_OPEN', details: { rule: expect.any(String), status: 'closed' } },
    });
    expect(
      (
        await host.call('POST', planPath('/goals'), CM_1, {
          needs: ['mental_health'],
          description: 'x',
          targetDate: '2026-06-30',
        })
      ).status,
    ).toBe(409);
    expect((await host.call('POST', planPath('/status'), CM_1, { to: 'completed' })).status).toBe(201);
    expect(await planOf()).toMatchObject({ status: 'completed' });
  });
});
