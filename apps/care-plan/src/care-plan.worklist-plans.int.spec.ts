import { randomUUID } from 'node:crypto';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { caseworkEvents } from './testing/casework-events';
import { agencyNow, caseRowOf, endOfAgencyDate, worklistReads, type WorklistItem } from './testing/worklist';
import { openCase, startIntakeAndCarePlan } from './testing/intake-and-care-plan';

const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const ROSA = '0190f3a0-2222-7000-8000-000000000013';

// The worklist items of a case's plans and appointments against a real PostgreSQL: the plan over its HTTP routes,
// a missed appointment appended as casework will record it.
describe('the worklist of a case’s plans and appointments', () => {
  let host: TestHost;
  let casework: ReturnType<typeof caseworkEvents>;
  let reads: ReturnType<typeof worklistReads>;
  const EMERGENCY = randomUUID();
  let planId = '';
  let goalId = '';

  const mine = () => reads.mine();
  const kindsOf = (items: readonly WorklistItem[], caseId: string) => reads.kindsOf(items, caseId);
  const until = (what: string, probe: (items: WorklistItem[]) => boolean) =>
    waitFor(what, async () => probe(await mine()));
  const caseRow = (caseId: string) => caseRowOf(host, caseId);
  const planPath = (suffix = '') => `/care-plan/cases/${EMERGENCY}/plans/${planId}${suffix}`;

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({ name: 'care-plan-worklist-plans', clientId: ROSA });
    casework = caseworkEvents(host, { clientId: ROSA });
    reads = worklistReads(host, { caseManager: CM_1, supervisor: SUPERVISOR });
    await openCase(host, { caseId: EMERGENCY, clientId: ROSA, priority: 'emergency', caseManagerId: 'cm-1' });
    await until('the case’s first items', (items) => kindsOf(items, EMERGENCY).length === 2);
  }, 120_000);

  afterAll(() => host?.close());

  it('replaces the plan approval with the plan’s next review, renewed by each review, and lists interventions until done', async () => {
    expect((await host.call('POST', `/intake/cases/${EMERGENCY}/needs`, CM_1, { need: 'mental_health' })).status).toBe(
      201,
    );
    await waitFor('the need in care plan', async () =>
      ((await caseRow(EMERGENCY))?.['needs'] as string[]).includes('mental_health'),
    );
    planId = (await host.call('POST', `/care-plan/cases/${EMERGENCY}/plans`, CM_1, {})).body['planId'] as string;
    const goal = await host.call('POST', planPath('/goals'), CM_1, {
      needs: ['mental_health'],
      description: 'Feel like herself again',
      targetDate: agencyNow().plus({ months: 6 }).toISODate(),
    });
    goalId = goal.body['id'] as string;
    expect((await host.call('POST', planPath('/submission'), CM_1, { version: 2 })).status).toBe(201);
    expect((await host.call('POST', planPath('/approval'), SUPERVISOR, { version: 2 })).status).toBe(201);
    await until('the review in place of the approval', (items) => kindsOf(items, EMERGENCY).includes('plan_review'));
    const plan = (
      (await host.call('GET', `/care-plan/cases/${EMERGENCY}/plans`, CM_1)).body['plans'] as {
        nextReviewDueBy: string;
      }[]
    )[0];
    expect(kindsOf(await mine(), EMERGENCY)).toEqual(['first_contact', 'plan_review']);
    expect((await mine()).find((item) => item.kind === 'plan_review')).toMatchObject({
      caseId: EMERGENCY,
      planId,
      dueAt: endOfAgencyDate(plan?.nextReviewDueBy ?? ''),
      overdueBy: 0,
    });

    const dueDate = agencyNow().plus({ days: 7 }).toISODate() ?? '';
    const add = async () =>
      (
        await host.call('POST', planPath(`/goals/${goalId}/interventions`), CM_1, {
          description: 'Weekly counselling',
          responsible: { kind: 'case_manager' },
          dueDate,
        })
      ).body['id'] as string;
    const [first, second] = [await add(), await add()];
    await until('both interventions', (items) => items.filter((item) => item.kind === 'intervention_due').length === 2);
    expect((await mine()).find((item) => item.interventionId === first)).toMatchObject({
      planId,
      dueAt: endOfAgencyDate(dueDate),
    });
    const done = await host.call('POST', planPath(`/goals/${goalId}/interventions/${first}/status`), CM_1, {
      to: 'completed',
    });
    expect(done.status).toBe(201);
    await until('the completed intervention off the list', (items) => !items.some((i) => i.interventionId === first));

    // A review dated 100 days back with a 90-day interval: the next one is 10 days overdue, and first on the list.
    const reviewedOn = agencyNow().minus({ days: 100 }).toISODate() ?? '';
    const reviewed = await host.call('POST', planPath('/reviews'), SUPERVISOR, {
      reviewedOn,
      summary: 'Steady progress',
      goals: [{ goalId, achievementStatus: 'improving' }],
    });
    expect(reviewed.status).toBe(201);
    await until('the renewed review', (items) => items[0]?.kind === 'plan_review');
    const [top] = await mine();
    expect(top).toMatchObject({
      planId,
      dueAt: endOfAgencyDate(agencyNow().minus({ days: 10 }).toISODate() ?? ''),
    });
    expect(top?.overdueBy).toBeGreaterThan(9 * 24 * 60);

    const cancelled = await host.call('POST', planPath(`/goals/${goalId}/lifecycle`), CM_1, {
      to: 'cancelled',
      reason: 'Replaced by a better goal',
    });
    expect(cancelled.status).toBe(201);
    await until(
      'the cancelled goal’s intervention off the list',
      (items) => !items.some((item) => item.interventionId === second),
    );
    expect((await host.call('POST', planPath('/status'), CM_1, { to: 'completed' })).status).toBe(201);
    await until(
      'the ended plan’s review off the list',
      (items) => kindsOf(items, EMERGENCY).join() === 'first_contact',
    );
  });

  it('lists a missed appointment’s follow-up, overdue ones first, until it is followed up', async () => {
    const appointmentId = randomUUID();
    await casework.missed(EMERGENCY, appointmentId, new Date(Date.now() - 2 * 3_600_000));
    await until('the follow-up', (items) => items.some((item) => item.appointmentId === appointmentId));
    const items = await mine();
    expect(items[0]).toMatchObject({ caseId: EMERGENCY, kind: 'missed_appointment_follow_up', appointmentId });
    expect(items[0]?.overdueBy).toBeGreaterThanOrEqual(119);
    const overdue = items.map((item) => item.overdueBy > 0);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    await casework.followedUp(EMERGENCY, appointmentId);
    await until('the follow-up off the list', (all) => !all.some((item) => item.appointmentId === appointmentId));
  });
});
