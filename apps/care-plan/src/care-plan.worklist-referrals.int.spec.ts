import { randomBytes, randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { brokerList, ServiceRelay } from '@casemgmt/messaging';
import { REFERRAL_CONTRACT } from '@casemgmt/referral';
import { waitFor } from '@casemgmt/testing';
import { openCase, startIntakeAndCarePlan } from './testing/intake-and-care-plan';
import { REFERRAL_NOTE, REFERRAL_OUTCOME, referralEvents } from './testing/referral-events';
import { caseRowOf, worklistReads, type WorklistItem } from './testing/worklist';

const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north' };
const SOUTH_CM: TestCaller = { roles: ['case_manager'], sub: 'cm-9', team: 'team-south' };
const OTHER_TENANT_CM: TestCaller = { ...CM_1, tenant: 'county-b' };

const ROSA = '0190f3a0-2222-7000-8000-000000000014';
const DAY = 86_400_000;

// The worklist's referral items of issue 13 against a real PostgreSQL: referral's events appended to the store as
// referral records them, followed by care plan's consumer through the store's subscription, in an agency in New York
// (UTC-5 until 2026-03-08, UTC-4 after).
describe('the worklist’s referral deadlines', () => {
  let host: TestHost;
  let referrals: ReturnType<typeof referralEvents>;
  let reads: ReturnType<typeof worklistReads>;
  const CASE = randomUUID();

  const mine = (caller?: TestCaller) => reads.mine(caller);
  const team = (teamId?: string, caller?: TestCaller) => reads.team(teamId, caller);
  const of = (items: readonly WorklistItem[], referralId: string) =>
    items.filter((item) => item.referralId === referralId);
  const onList = (referralId: string, from: () => Promise<WorklistItem[]>, kind?: WorklistItem['kind']) =>
    waitFor(`referral ${referralId} on the list${kind ? ` as ${kind}` : ''}`, async () =>
      of(await from(), referralId).some((item) => kind === undefined || item.kind === kind),
    );
  const itemRow = async (referralId: string) =>
    (await host.pool.query('SELECT kind, state, settled_by FROM care_plan.worklist_items WHERE ref = $1', [referralId]))
      .rows;
  const settled = (referralId: string) =>
    waitFor(`referral ${referralId} settled`, async () =>
      (await itemRow(referralId)).every((row) => row['state'] !== 'open'),
    );

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({
      name: 'care-plan-worklist-referrals',
      clientId: ROSA,
      timeZone: 'America/New_York',
    });
    referrals = referralEvents(host, { clientId: ROSA });
    reads = worklistReads(host, { caseManager: CM_1, supervisor: SUPERVISOR });
    await openCase(host, { caseId: CASE, clientId: ROSA, priority: 'routine', caseManagerId: 'cm-1' });
    await waitFor(
      'the assignment in care plan',
      async () => (await caseRowOf(host, CASE))?.['case_manager_id'] === 'cm-1',
    );
  }, 120_000);

  afterAll(() => host?.close());

  it('lists a referral awaiting the provider’s answer on the case manager’s list, due when referral says', async () => {
    const referralId = randomUUID();
    const answerDueAt = new Date(Date.now() + 3 * DAY);
    await referrals.requested(CASE, referralId, answerDueAt);
    await onList(referralId, () => mine());
    expect(of(await mine(), referralId)).toEqual([
      {
        caseId: CASE,
        caseManagerId: 'cm-1',
        kind: 'referral_answer',
        referralId,
        dueAt: answerDueAt.toISOString(),
        overdueBy: 0,
        satisfiedBy: expect.stringContaining('accepting or rejecting'),
      },
    ]);
    // The team's list shows it too, not yet as an escalation.
    expect(of(await team(), referralId)).toEqual([expect.not.objectContaining({ escalation: expect.anything() })]);
    await referrals.accepted(CASE, referralId);
    await settled(referralId);
    expect(await itemRow(referralId)).toEqual([
      { kind: 'referral_answer', state: 'satisfied', settled_by: 'ReferralStatusChanged' },
    ]);
    expect(of(await mine(), referralId)).toEqual([]);
  });

  it('takes the answer off the list when the provider rejects the referral or the agency cancels it', async () => {
    const [rejected, cancelled] = [randomUUID(), randomUUID()];
    for (const referralId of [rejected, cancelled]) {
      await referrals.requested(CASE, referralId, new Date(Date.now() + 3 * DAY));
      await onList(referralId, () => mine());
    }
    await referrals.rejected(CASE, rejected);
    await referrals.cancelled(CASE, cancelled);
    await settled(rejected);
    await settled(cancelled);
    expect(await itemRow(rejected)).toEqual([
      { kind: 'referral_answer', state: 'satisfied', settled_by: 'ReferralRejected' },
    ]);
    expect(await itemRow(cancelled)).toEqual([
      { kind: 'referral_answer', state: 'removed', settled_by: 'ReferralStatusChanged' },
    ]);
    for (const items of [await mine(), await team()]) {
      expect([...of(items, rejected), ...of(items, cancelled)]).toEqual([]);
    }
  });

  it('escalates an unanswered referral to the team’s supervisors once overdue, and not before', async () => {
    const referralId = randomUUID();
    const answerDueAt = new Date(Date.now() + 6_000);
    await referrals.requested(CASE, referralId, answerDueAt);
    await onList(referralId, () => mine());
    const [before, teamBefore] = [await mine(), await team()];
    // Both reads were made before the deadline, so what they show is the item not yet overdue.
    expect(Date.now()).toBeLessThan(answerDueAt.getTime());
    expect(of(before, referralId)).toEqual([expect.objectContaining({ kind: 'referral_answer', overdueBy: 0 })]);
    expect(of(teamBefore, referralId)[0]).not.toHaveProperty('escalation');

    await waitFor('the deadline', async () => Date.now() > answerDueAt.getTime() + 100, 15_000);
    const escalation = { to: { role: 'supervisor', teamId: 'team-north' }, since: answerDueAt.toISOString() };
    // The case manager still sees it, marked as escalated; the supervisors see it on the team's list.
    expect(of(await mine(), referralId)).toEqual([expect.objectContaining({ escalation })]);
    expect(of(await team(), referralId)).toEqual([
      expect.objectContaining({
        caseId: CASE,
        caseManagerId: 'cm-1',
        kind: 'referral_answer',
        dueAt: answerDueAt.toISOString(),
        escalation,
      }),
    ]);

    // One two days overdue when it arrives goes straight to the supervisors, longest overdue first.
    const late = randomUUID();
    await referrals.requested(CASE, late, new Date(Date.now() - 2 * DAY));
    await onList(late, () => team());
    const escalated = (await team()).filter((item) => item.escalation !== undefined);
    expect(escalated.map((item) => item.referralId)).toEqual([late, referralId]);
    expect(escalated[0]?.overdueBy).toBeGreaterThanOrEqual(2 * 24 * 60);
    expect(of(await mine(), late)).toEqual([expect.objectContaining({ escalation: expect.anything() })]);
    // An answer, however late, settles it.
    await referrals.accepted(CASE, late);
    await settled(late);
    expect(of(await team(), late)).toEqual([]);
    expect(of(await team(), referralId)).toHaveLength(1);
  });

  it('asks for the follow-up by the end of followUpDueOn in the agency’s time zone, across the daylight-saving change', async () => {
    const referralId = randomUUID();
    await referrals.requested(CASE, referralId, new Date('2026-02-13T17:00:00Z'));
    await referrals.accepted(CASE, referralId);
    // Completed on 2026-02-20 (EST): followed up within 30 days, by the end of 2026-03-22 (EDT).
    await referrals.completed(CASE, referralId, { deliveredOn: '2026-02-20', followUpDueOn: '2026-03-22' });
    // The answer's item is on the list until the completion reaches care plan.
    await onList(referralId, () => mine(), 'referral_follow_up');
    const [item] = of(await mine(), referralId);
    expect(item).toMatchObject({
      caseId: CASE,
      kind: 'referral_follow_up',
      referralId,
      satisfiedBy: expect.stringContaining('need met, partly met or not met'),
    });
    // The last instant of 2026-03-22 in New York, 04:00Z on the 23rd in daylight time (05:00Z had it stayed EST).
    expect(item?.dueAt).toBe('2026-03-23T03:59:59.999Z');
    expect(new Date(item?.dueAt ?? '').getTime() + 1).toBe(Date.parse('2026-03-23T04:00:00Z'));
    // A follow-up does not escalate: overdue, it stays the case manager's.
    expect(item?.overdueBy).toBeGreaterThan(0);
    expect(item).not.toHaveProperty('escalation');
    // Nothing of the provider's note or the outcome, on the lists or in care plan's rows.
    const shown = JSON.stringify([await mine(), await team()]);
    const stored = JSON.stringify(
      (await host.pool.query('SELECT * FROM care_plan.worklist_items WHERE ref = $1', [referralId])).rows,
    );
    for (const text of [shown, stored]) {
      expect(text).not.toContain(REFERRAL_OUTCOME);
      expect(text).not.toContain(REFERRAL_NOTE);
    }

    await referrals.followedUp(CASE, referralId);
    await settled(referralId);
    expect(await itemRow(referralId)).toEqual(
      expect.arrayContaining([{ kind: 'referral_follow_up', state: 'satisfied', settled_by: 'ReferralFollowedUp' }]),
    );
    expect(of(await mine(), referralId)).toEqual([]);
  });

  it('takes a referral entered in error off every list, its answer or its follow-up', async () => {
    const [awaiting, completed] = [randomUUID(), randomUUID()];
    await referrals.requested(CASE, awaiting, new Date(Date.now() + DAY));
    await referrals.requested(CASE, completed, new Date(Date.now() + DAY));
    await referrals.accepted(CASE, completed);
    await referrals.completed(CASE, completed, { deliveredOn: '2026-12-01', followUpDueOn: '2026-12-31' });
    await waitFor('both referrals on the list', async () => {
      const items = await mine();
      return of(items, awaiting).length === 1 && of(items, completed)[0]?.kind === 'referral_follow_up';
    });
    await referrals.enteredInError(CASE, awaiting, 'requested');
    await referrals.enteredInError(CASE, completed, 'completed');
    await settled(awaiting);
    await settled(completed);
    expect(await itemRow(awaiting)).toEqual([
      { kind: 'referral_answer', state: 'removed', settled_by: 'ReferralStatusChanged' },
    ]);
    expect(await itemRow(completed)).toEqual(
      expect.arrayContaining([{ kind: 'referral_follow_up', state: 'removed', settled_by: 'ReferralStatusChanged' }]),
    );
  });

  it('never shows a case’s referral items to another case manager, another team or another tenant', async () => {
    const referralId = randomUUID();
    await referrals.requested(CASE, referralId, new Date(Date.now() + DAY));
    // The same case id in another tenant: its items are that tenant's, and no case of that tenant has it.
    await referralEvents(host, { clientId: ROSA, tenant: 'county-b' }).requested(CASE, randomUUID(), new Date());
    await onList(referralId, () => mine());
    for (const caller of [CM_2, SOUTH_CM, OTHER_TENANT_CM]) expect(await mine(caller)).toEqual([]);
    const south = await team('team-south', SOUTH_SUPERVISOR);
    expect(south.filter((item) => item.caseId === CASE)).toEqual([]);
    expect(await team('team-north', { ...SUPERVISOR, tenant: 'county-b' })).toEqual([]);
    expect((await host.call('GET', '/care-plan/worklist?teamId=team-north', SOUTH_SUPERVISOR)).status).toBe(403);
  });
});

// The distributed path: referral's events relayed to its topic, as referral's host will, and read back by care plan's
// consumer from Kafka. The topic outlives a run on a broker other suites share, so this run has a tenant, ids and a
// consumer group of its own.
describe('the worklist’s referral deadlines over Kafka', () => {
  const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const TENANT = `county-${RUN}`;
  const KAFKA_CM_1: TestCaller = { ...CM_1, tenant: TENANT };
  const KAFKA_SUPERVISOR: TestCaller = { ...SUPERVISOR, tenant: TENANT };
  const brokers = brokerList(process.env['KAFKA_BROKERS'] ?? '');
  const caseId = randomUUID();
  const clientId = randomUUID();
  let host: TestHost;
  let relay: ServiceRelay;

  beforeAll(async () => {
    host = await startIntakeAndCarePlan({
      name: 'care-plan-worklist-referrals-kafka',
      clientId,
      tenant: TENANT,
      kafkaBrokers: brokers,
      consumer: `care-plan-${RUN}`,
      timeZone: 'America/New_York',
    });
    relay = new ServiceRelay(
      host.app.get<symbol, EventStore>(EVENT_STORE, { strict: false }),
      REFERRAL_CONTRACT,
      brokers,
    );
    await relay.onApplicationBootstrap();
    await openCase(host, { caseId, clientId, priority: 'routine', caseManagerId: 'cm-1', tenant: TENANT });
  }, 120_000);

  afterAll(async () => {
    await relay?.beforeApplicationShutdown();
    await host?.close();
  });

  it('lists the answer due from referral’s topic, escalates it once overdue and settles it by the answer', async () => {
    const reads = worklistReads(host, { caseManager: KAFKA_CM_1, supervisor: KAFKA_SUPERVISOR });
    const referrals = referralEvents(host, { clientId, tenant: TENANT });
    const [awaiting, late] = [randomUUID(), randomUUID()];
    const answerDueAt = new Date(Date.now() + 3 * DAY);
    await referrals.requested(caseId, awaiting, answerDueAt);
    await referrals.requested(caseId, late, new Date(Date.now() - DAY));
    const ofReferral = (items: readonly WorklistItem[], referralId: string) =>
      items.filter((item) => item.referralId === referralId);
    await waitFor(
      'both referrals on the team’s list, from Kafka',
      async () => (await reads.team()).filter((item) => item.kind === 'referral_answer').length === 2,
      60_000,
    );
    expect(ofReferral(await reads.mine(), awaiting)).toEqual([
      expect.objectContaining({ caseId, kind: 'referral_answer', dueAt: answerDueAt.toISOString() }),
    ]);
    expect(ofReferral(await reads.mine(), late)).toEqual([
      expect.objectContaining({ escalation: expect.objectContaining({ since: expect.any(String) }) }),
    ]);
    expect(ofReferral(await reads.team(), late)).toEqual([
      expect.objectContaining({
        escalation: expect.objectContaining({ to: { role: 'supervisor', teamId: 'team-north' } }),
      }),
    ]);
    await referrals.rejected(caseId, late);
    await waitFor('the rejection, from Kafka', async () => ofReferral(await reads.team(), late).length === 0, 60_000);
    expect(ofReferral(await reads.mine(), awaiting)).toHaveLength(1);
  });
});
