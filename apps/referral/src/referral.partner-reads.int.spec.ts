import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import {
  ELSEWHERE,
  HARBOR,
  callersIn,
  openCaseWithNeeds,
  recordConsent,
  startReferralHost,
  type ReferralWorld,
} from './testing/referral-host';
import { draftReferral, inInbox, sendReferral } from './testing/referral-loop';

const ROSA = '0190f3a0-2222-7000-8000-000000000601';
const CASE = '0190f3a0-3333-7000-8000-000000000601';
const UNKNOWN = '0190f3a0-9999-7000-8000-000000000601';

// The moves of a referral, and the counts of the inbox by status, as the receiving organisation reads them, and
// nobody else does.
describe('a partner’s history of a referral sent to it, and its inbox’s counts', () => {
  let world: ReferralWorld;
  let host: TestHost;
  let as: ReferralWorld['as'];
  let referralId: string;
  const history = (id: string, caller: TestCaller) =>
    host.call('GET', `/referral/partner/referrals/${id}/history`, caller);

  beforeAll(async () => {
    world = await startReferralHost({ name: 'referral-partner-history', clientId: ROSA });
    ({ host, as } = world);
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing'] });
    await recordConsent(world, {
      clientId: ROSA,
      caseId: CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
    });
    referralId = await draftReferral(world, CASE);
  }, 120_000);

  afterAll(() => host?.close());

  it('does not show a draft: it is the agency’s own until it is sent', async () => {
    expect(await history(referralId, as.harborPartner)).toMatchObject({
      status: 404,
      body: { error: 'REFERRAL.NOT_FOUND' },
    });
  });

  it('lists the moves from the send on, each side’s, with reason codes and the delivery date, but not who or what was written', async () => {
    expect((await sendReferral(world, referralId)).status).toBe(201);
    await inInbox(world, referralId, 'requested');
    const move = (path: string, body?: object) =>
      host.call('POST', `/referral/partner/referrals/${referralId}/${path}`, as.harborPartner, body);
    expect((await move('accept')).status).toBe(201);
    expect((await move('hold', { note: 'Waiting for the ID documents' })).status).toBe(201);
    expect((await move('start')).status).toBe(201);
    expect((await move('complete', { deliveredOn: '2026-01-05', outcome: 'A bed at the shelter' })).status).toBe(201);

    // Read from the stream: the last move is there at once, whatever the inbox shows yet.
    const answer = await history(referralId, as.harborPartner);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      referralId,
      entries: [
        expect.objectContaining({ status: 'requested', party: 'requester', reason: null, deliveredOn: null }),
        expect.objectContaining({ status: 'accepted', party: 'responder' }),
        expect.objectContaining({ status: 'on-hold', party: 'responder' }),
        expect.objectContaining({ status: 'in-progress', party: 'responder' }),
        expect.objectContaining({ status: 'completed', party: 'responder', deliveredOn: '2026-01-05' }),
      ],
    });
    expect(await host.undocumented('GET', '/referral/partner/referrals/{referralId}/history', answer.body)).toEqual([]);
    const entries = answer.body['entries'] as { occurredAt: string; recordedAt: string }[];
    for (const entry of entries) {
      expect(new Date(entry.occurredAt).getTime()).toBeLessThanOrEqual(new Date(entry.recordedAt).getTime());
    }
    expect(JSON.stringify(answer.body)).not.toMatch(/pp-1|cm-1|ID documents|A bed/);
  });

  it('records each read in referral’s access log, under the case, with the partner as the reader', async () => {
    const reads = async () => {
      const { rows } = await host.pool.query<{ data: Record<string, unknown>; actor: string; case_id: string }>(
        `SELECT data, metadata::jsonb -> 'actor' ->> 'id' AS actor, metadata::jsonb ->> 'caseId' AS case_id
          FROM event_store.events
          WHERE stream_id LIKE 'referral.access_log-%' AND type LIKE '%RecordAccessed%'
            AND data::jsonb ->> 'view' = 'GET /referral/partner/referrals/{referralId}/history'
          ORDER BY global_position`,
      );
      return rows;
    };
    const before = (await reads()).length;
    expect((await history(referralId, as.harborPartner)).status).toBe(200);
    const recorded = (await reads()).slice(before);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      data: { subject: 'referral', subjectId: referralId, role: 'provider_partner' },
      actor: 'pp-1',
      case_id: CASE,
    });
  });

  it('answers another organisation, another tenant and an unknown referral “not found”, and other roles “forbidden”', async () => {
    for (const [who, caller] of [
      ['another organisation’s partner', as.otherPartner],
      ['the same organisation’s partner in another tenant', callersIn('county-elsewhere').harborPartner],
    ] as const) {
      const answer = await history(referralId, caller);
      expect({ who, status: answer.status, error: answer.body['error'] }).toEqual({
        who,
        status: 404,
        error: 'REFERRAL.NOT_FOUND',
      });
    }
    expect((await history(UNKNOWN, as.harborPartner)).status).toBe(404);
    // The agency's side reads the referral through its case, not through a partner's route.
    for (const caller of [as.caseManager, as.supervisor, as.auditor]) {
      expect((await history(referralId, caller)).status).toBe(403);
    }
    const { org: _, ...withoutOrganization } = as.harborPartner;
    expect((await history(referralId, { ...withoutOrganization, sub: 'pp-0' })).status).toBe(403);
  });

  it('counts the organisation’s referrals by status, every status listed, drafts left out', async () => {
    const requested = await draftReferral(world, CASE);
    expect((await sendReferral(world, requested)).status).toBe(201);
    await draftReferral(world, CASE);
    await inInbox(world, requested, 'requested');
    await inInbox(world, referralId, 'completed');
    const answer = await host.call('GET', '/referral/partner/referral-counts', as.harborPartner);
    expect(answer.status).toBe(200);
    const statuses = answer.body['statuses'] as { status: string; count: number }[];
    expect(statuses.map((each) => each.status)).toEqual([
      'requested',
      'accepted',
      'rejected',
      'in-progress',
      'on-hold',
      'failed',
      'completed',
      'cancelled',
      'entered-in-error',
    ]);
    expect(statuses.filter((each) => each.count > 0)).toEqual([
      { status: 'requested', count: 1 },
      { status: 'completed', count: 1 },
    ]);
    expect(answer.body['total']).toBe(2);
  });

  it('counts nothing of it for another organisation or tenant, refuses other roles, and records each read', async () => {
    for (const caller of [as.otherPartner, callersIn('county-elsewhere').harborPartner]) {
      expect(await host.call('GET', '/referral/partner/referral-counts', caller)).toMatchObject({
        status: 200,
        body: { total: 0 },
      });
    }
    for (const caller of [as.caseManager, as.supervisor, as.auditor]) {
      expect((await host.call('GET', '/referral/partner/referral-counts', caller)).status).toBe(403);
    }
    const { org: _, ...withoutOrganization } = as.harborPartner;
    expect(
      (await host.call('GET', '/referral/partner/referral-counts', { ...withoutOrganization, sub: 'pp-0' })).status,
    ).toBe(403);
    const { rows } = await host.pool.query<{ type: string; data: Record<string, unknown>; actor: string }>(
      `SELECT type, data, metadata::jsonb -> 'actor' ->> 'id' AS actor FROM event_store.events
        WHERE stream_id LIKE 'referral.access_log-%' AND data::jsonb ->> 'view' = 'GET /referral/partner/referral-counts'
        ORDER BY global_position`,
    );
    // The roles refused are recorded too, as refusals of an inbox.
    expect(
      rows.filter((row) => row.type === 'RecordAccessRefused').map((row) => [row.actor, row.data['subject']]),
    ).toEqual([
      ['cm-1', 'inbox'],
      ['sup-1', 'inbox'],
      ['aud-1', 'inbox'],
      ['pp-0', 'inbox'],
    ]);
    expect(
      rows
        .filter((row) => row.type === 'RecordAccessed')
        .map((row) => ({ actor: row.actor, subject: row.data['subject'], subjectId: row.data['subjectId'] })),
    ).toEqual([
      { actor: 'pp-1', subject: 'inbox', subjectId: HARBOR.organization },
      { actor: 'pp-9', subject: 'inbox', subjectId: ELSEWHERE.organization },
      { actor: 'pp-1', subject: 'inbox', subjectId: HARBOR.organization },
    ]);
  });
});
