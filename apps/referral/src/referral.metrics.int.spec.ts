import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { ELSEWHERE, HARBOR, startReferralHost, type ReferralWorld } from './testing/referral-host';

const HOUR = 3_600_000;
const ADULTS = 'adult-behavioral-health';
const YOUTH = 'youth-services';

// The funnel from the read model referral's own events keep: referrals recorded at known instants (as the handlers
// record them), so the counts, medians and 90th percentiles are known exactly, in the agency's calendar (New York).
describe('the referral funnel', () => {
  let world: ReferralWorld;
  let host: TestHost;
  let store: EventStore;
  const ids: string[] = [];

  const history = async (
    organizationId: string,
    program: string,
    requestedAt: Date,
    steps: readonly (readonly [type: string, hoursAfter: number, data: Record<string, unknown>])[],
    answerDueAt = new Date(requestedAt.getTime() + 72 * HOUR),
  ) => {
    const referralId = randomUUID();
    ids.push(referralId);
    const caseId = randomUUID();
    const on = { referralId, caseId, by: 'someone' };
    const at = (hours: number) => new Date(requestedAt.getTime() + hours * HOUR);
    const events = [
      {
        type: 'ReferralDrafted',
        occurredAt: at(-1),
        data: {
          ...on,
          program,
          need: 'housing',
          goalId: null,
          target: { organizationId, serviceId: 'svc', locationId: 'loc', listingVersion: 1 },
          warnings: [],
        },
      },
      { type: 'ReferralRequested', occurredAt: at(0), data: { ...on, answerDueAt: answerDueAt.toISOString() } },
      ...steps.map(([type, hours, data]) => ({ type, occurredAt: at(hours), data: { ...on, ...data } })),
    ];
    await store.appendToStream(
      `referral.referral-${referralId}`,
      events.map((event) => ({
        ...event,
        metadata: {
          tenantId: 'county-a',
          actor: { id: 'someone', role: 'case_manager' },
          correlationId: randomUUID(),
          caseId,
        },
      })),
      { expectedVersion: 'no_stream' },
    );
  };
  const moved = (from: string, to: string, hours: number) =>
    ['ReferralStatusChanged', hours, { from, to, party: to === 'cancelled' ? 'requester' : 'responder' }] as const;

  beforeAll(async () => {
    world = await startReferralHost({ name: 'referral-metrics', clientId: randomUUID() });
    host = world.host;
    store = host.app.get<symbol, EventStore>(EVENT_STORE, { strict: false });
    const march2 = new Date('2026-03-02T15:00:00Z');
    // Harbor, adults: completed; failed after a start; rejected; unanswered past its due time; cancelled.
    await history(HARBOR.organization, ADULTS, march2, [
      moved('requested', 'accepted', 2),
      moved('accepted', 'in-progress', 24),
      [
        'ReferralCompleted',
        48,
        { from: 'in-progress', deliveredOn: '2026-03-04', followUpDueOn: '2026-04-03', personal: null },
      ],
    ]);
    await history(HARBOR.organization, ADULTS, march2, [
      moved('requested', 'accepted', 4),
      moved('accepted', 'in-progress', 10),
      ['ReferralFailed', 30, { from: 'in-progress', reason: 'unable_to_contact_client' }],
    ]);
    await history(HARBOR.organization, ADULTS, march2, [
      ['ReferralRejected', 3, { from: 'requested', reason: 'lack_of_capacity' }],
    ]);
    await history(HARBOR.organization, ADULTS, march2, [], new Date('2026-03-05T15:00:00Z'));
    await history(HARBOR.organization, ADULTS, march2, [moved('requested', 'cancelled', 5)]);
    // Accepted, then found never to have been meant: it counts as sent and entered in error, nothing more.
    await history(HARBOR.organization, ADULTS, march2, [
      moved('requested', 'accepted', 1),
      ['ReferralStatusChanged', 6, { from: 'accepted', to: 'entered-in-error', party: 'requester' }],
    ]);
    // Elsewhere, youth: completed without a start (its first service is its completion).
    await history(ELSEWHERE.organization, YOUTH, new Date('2026-03-03T12:00:00Z'), [
      moved('requested', 'accepted', 1),
      [
        'ReferralCompleted',
        5,
        { from: 'accepted', deliveredOn: '2026-03-03', followUpDueOn: '2026-04-02', personal: null },
      ],
    ]);
    // Outside the range: after it, and 23:30 on the last day of February in New York (04:30 UTC on 1 March).
    await history(ELSEWHERE.organization, YOUTH, new Date('2026-03-10T12:00:00Z'), []);
    await history(ELSEWHERE.organization, YOUTH, new Date('2026-03-01T04:30:00Z'), []);
    await waitFor('the funnel’s referrals in the read model', async () => {
      const { rows } = await host.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM referral.referrals WHERE referral_id = ANY($1) AND requested_at IS NOT NULL
            AND (status <> 'requested' OR answer_due_at IS NOT NULL)`,
        [ids],
      );
      const { rows: done } = await host.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM referral.referrals WHERE referral_id = ANY($1) AND status IN ('completed', 'failed', 'rejected', 'cancelled', 'entered-in-error')`,
        [ids],
      );
      return rows[0]?.n === ids.length && done[0]?.n === 5 + 1;
    });
  }, 120_000);

  afterAll(() => host?.close());

  const metrics = (query: string, caller: TestCaller = world.as.supervisor) =>
    host.call('GET', `/referral/metrics?${query}`, caller);

  it('counts each organisation’s and program’s referrals sent in the range, and where the rest were lost', async () => {
    const answer = await metrics('from=2026-03-01&to=2026-03-05');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ from: '2026-03-01', to: '2026-03-05', timeZone: 'America/New_York' });
    expect(await host.undocumented('GET', '/referral/metrics', answer.body)).toEqual([]);
    expect(answer.body['funnel']).toEqual(
      [
        {
          organizationId: HARBOR.organization,
          program: ADULTS,
          sent: 6,
          accepted: 2,
          inService: 2,
          completed: 1,
          stillOpen: 0,
          lost: {
            rejected: 1,
            failed: 1,
            cancelled: 1,
            unanswered: 1,
            enteredInError: 1,
            reasons: { lack_of_capacity: 1, unable_to_contact_client: 1 },
          },
          timeTo: {
            acceptance: { count: 2, medianHours: 3, p90Hours: 3.8 },
            firstService: { count: 2, medianHours: 17, p90Hours: 22.6 },
            completion: { count: 1, medianHours: 48, p90Hours: 48 },
          },
        },
        {
          organizationId: ELSEWHERE.organization,
          program: YOUTH,
          sent: 1,
          accepted: 1,
          inService: 1,
          completed: 1,
          stillOpen: 0,
          lost: { rejected: 0, failed: 0, cancelled: 0, unanswered: 0, enteredInError: 0, reasons: {} },
          timeTo: {
            acceptance: { count: 1, medianHours: 1, p90Hours: 1 },
            firstService: { count: 1, medianHours: 5, p90Hours: 5 },
            completion: { count: 1, medianHours: 5, p90Hours: 5 },
          },
        },
      ].sort((a, b) => a.organizationId.localeCompare(b.organizationId)),
    );
  });

  it('narrows to a program or an organisation, and shows a partner only its own organisation', async () => {
    const youth = await metrics(`from=2026-02-28&to=2026-03-31&program=${YOUTH}`);
    expect((youth.body['funnel'] as { sent: number }[]).map((row) => row.sent)).toEqual([3]);
    const mine = await metrics(
      `from=2026-03-01&to=2026-03-05&organizationId=${HARBOR.organization}`,
      world.as.otherPartner,
    );
    expect(mine.status).toBe(200);
    expect((mine.body['funnel'] as { organizationId: string }[]).map((row) => row.organizationId)).toEqual([
      ELSEWHERE.organization,
    ]);
    expect((await metrics('from=2026-03-01&to=2026-03-05', world.as.auditor)).status).toBe(200);
  });

  it('answers 403 to case managers and 400 naming the field for a bad range', async () => {
    expect((await metrics('from=2026-03-01&to=2026-03-05', world.as.caseManager)).status).toBe(403);
    expect(await metrics('from=2026-03-01')).toMatchObject({ status: 400 });
    expect(await metrics('from=March&to=2026-03-05')).toMatchObject({ status: 400 });
    expect(await metrics('from=2026-02-30&to=2026-03-05')).toMatchObject({
      status: 400,
      body: { details: { field: 'from' } },
    });
    expect(await metrics('from=2026-03-06&to=2026-03-05')).toMatchObject({
      status: 400,
      body: { details: { field: 'from' } },
    });
    expect(await metrics('from=2000-01-01&to=2026-03-05')).toMatchObject({
      status: 400,
      body: { details: { field: 'to' } },
    });
  });
});
