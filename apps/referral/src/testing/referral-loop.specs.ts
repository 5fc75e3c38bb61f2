import type { TestCaller, TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { HARBOR, SHELTER, openCaseWithNeeds, recordConsent, type ReferralWorld } from './referral-host';
import { draftReferral, inInbox, revokeConsent, sendReferral } from './referral-loop';

const ROSA = '0190f3a0-2222-7000-8000-000000000101';
const CASE = '0190f3a0-3333-7000-8000-000000000101';
const SECOND_CASE = '0190f3a0-3333-7000-8000-000000000102';
const UNKNOWN = '0190f3a0-9999-7000-8000-000000000001';

/**
 * The closed loop over HTTP, on a host {@link start} gives (all in one process, or over Kafka): draft, consent at
 * the send, the partner's isolation, the partner's moves, the follow-up, and a revocation that stops a send at once.
 */
export function referralLoopSpecs(start: (clientId: string) => Promise<ReferralWorld>): void {
  let world: ReferralWorld;
  let host: TestHost;
  let as: ReferralWorld['as'];
  let consentId: string;
  let referralId: string;

  beforeAll(async () => {
    world = await start(ROSA);
    ({ host, as } = world);
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing', 'mental_health'] });
  }, 120_000);

  afterAll(() => host?.close());

  it('drafts a referral pinned to the listing version the worker saw, and refuses an unknown service or need', async () => {
    referralId = await draftReferral(world, CASE);
    const read = await host.call('GET', `/referral/referrals/${referralId}`, as.caseManager);
    expect(read).toMatchObject({
      status: 200,
      body: {
        status: 'draft',
        need: 'housing',
        target: { organizationId: expect.any(String), serviceId: SHELTER.service, listingVersion: 1 },
        warnings: [],
      },
    });
    expect(await host.undocumented('GET', '/referral/referrals/{referralId}', read.body)).toEqual([]);
    const unknown = await host.call('POST', `/referral/cases/${CASE}/referrals`, as.caseManager, {
      need: 'housing',
      serviceId: UNKNOWN,
      locationId: SHELTER.location,
    });
    expect(unknown).toMatchObject({ status: 422, body: { error: 'REFERRAL.SERVICE_UNKNOWN' } });
    const notANeed = await host.call('POST', `/referral/cases/${CASE}/referrals`, as.caseManager, {
      need: 'food',
      serviceId: SHELTER.service,
      locationId: SHELTER.location,
    });
    expect(notANeed).toMatchObject({ status: 422, body: { error: 'REFERRAL.NEED_NOT_ON_CASE' } });
    const badInput = await host.call('POST', `/referral/cases/${CASE}/referrals`, as.caseManager, {
      need: 'housing',
      serviceId: '',
      locationId: SHELTER.location,
      listingVersion: 0,
    });
    expect(badInput.status).toBe(400);
  });

  it('refuses the send without a consent in force, then discloses only the fields the consent covers', async () => {
    expect(await sendReferral(world, referralId, ['name', 'housingNeed', 'mentalHealthNeed'])).toMatchObject({
      status: 409,
      body: { error: 'REFERRAL.NO_CONSENT_IN_FORCE' },
    });
    consentId = await recordConsent(world, {
      clientId: ROSA,
      caseId: CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
    });
    const sent = await sendReferral(world, referralId, ['name', 'housingNeed', 'mentalHealthNeed']);
    expect(sent).toMatchObject({ status: 201, body: { referralId, changed: true } });
    const read = await host.call('GET', `/referral/referrals/${referralId}`, as.caseManager);
    expect(read.body).toMatchObject({
      status: 'requested',
      disclosures: [{ consentId, purpose: 'referral', fields: ['name', 'housingNeed'] }],
    });
    await inInbox(world, referralId, 'requested');
    const seen = await host.call('GET', `/referral/partner/referrals/${referralId}`, as.harborPartner);
    expect(seen.body).toMatchObject({
      referralId,
      status: 'requested',
      disclosure: {
        consentId,
        fields: ['name', 'housingNeed'],
        values: { name: expect.stringContaining('Rosa'), housingNeed: 'identified' },
        redisclosureNotice: expect.stringContaining('42 CFR part 2'),
      },
    });
    // What the consent does not cover never reaches the partner.
    expect(JSON.stringify(seen.body)).not.toContain('mentalHealthNeed');
    // A retried send discloses nothing again.
    expect(await sendReferral(world, referralId)).toMatchObject({ status: 201, body: { changed: false } });
  });

  it('shows another organisation’s partner 404 on every referral route, and lists nothing of it', async () => {
    const routes: [string, string, object?][] = [
      ['GET', `/referral/partner/referrals/${referralId}`],
      ['POST', `/referral/partner/referrals/${referralId}/accept`],
      ['POST', `/referral/partner/referrals/${referralId}/reject`, { reason: 'lack_of_capacity' }],
      ['POST', `/referral/partner/referrals/${referralId}/hold`, {}],
      ['POST', `/referral/partner/referrals/${referralId}/start`],
      ['POST', `/referral/partner/referrals/${referralId}/fail`, { reason: 'unable_to_contact_client' }],
      ['POST', `/referral/partner/referrals/${referralId}/complete`, { deliveredOn: '2026-01-05', outcome: 'Bed' }],
    ];
    for (const [method, url, body] of routes) {
      const answer = await host.call(method as 'GET' | 'POST', url, as.otherPartner, body);
      expect({ url, status: answer.status, error: answer.body['error'] }).toEqual({
        url,
        status: 404,
        error: 'REFERRAL.NOT_FOUND',
      });
    }
    const inbox = await host.call('GET', '/referral/partner/referrals', as.otherPartner);
    expect(inbox).toMatchObject({ status: 200, body: { referrals: [] } });
    // The agency's staff are not the responder either, and partners do not reach the agency's routes.
    expect((await host.call('POST', `/referral/partner/referrals/${referralId}/accept`, as.caseManager)).status).toBe(
      403,
    );
    expect((await host.call('GET', `/referral/referrals/${referralId}`, as.harborPartner)).status).toBe(403);
    expect((await host.call('GET', `/referral/cases/${CASE}/referrals`, as.otherPartner)).status).toBe(403);
    // Another team's case manager reads 404; an auditor reads and changes nothing.
    expect((await host.call('GET', `/referral/referrals/${referralId}`, as.southCaseManager)).status).toBe(404);
    expect((await host.call('POST', `/referral/referrals/${referralId}/cancel`, as.southCaseManager, {})).status).toBe(
      404,
    );
    expect((await host.call('GET', `/referral/referrals/${referralId}`, as.auditor)).status).toBe(200);
    expect((await host.call('POST', `/referral/referrals/${referralId}/cancel`, as.auditor, {})).status).toBe(403);
    // A partner token that names no organisation sees nothing.
    const { org: _, ...withoutOrganization } = as.harborPartner;
    const orphan: TestCaller = { ...withoutOrganization, sub: 'pp-0' };
    expect((await host.call('GET', '/referral/partner/referrals', orphan)).status).toBe(403);
  });

  it('records each read of a partner’s inbox under the organisation, spread over its inbox streams, with who read it', async () => {
    const before = await inboxReads(host);
    const reads = 6;
    const answers = await Promise.all(
      Array.from({ length: reads }, () => host.call('GET', '/referral/partner/referrals', as.harborPartner)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(reads).fill(200));
    const recorded = (await inboxReads(host)).slice(before.length);
    expect(recorded).toHaveLength(reads);
    for (const read of recorded) {
      expect(read).toMatchObject({
        data: { subject: 'inbox', subjectId: HARBOR.organization, role: 'provider_partner' },
        actor: 'pp-1',
      });
      expect(read.streamId).toMatch(new RegExp(`^referral\\.access_log-.+\\.${HARBOR.organization}\\.(\\d|1[0-5])$`));
    }
  });

  it('lets the receiving organisation accept, start and complete it; the case manager follows up once', async () => {
    const move = (path: string, body?: object) =>
      host.call('POST', `/referral/partner/referrals/${referralId}/${path}`, as.harborPartner, body);
    expect(await move('complete', { deliveredOn: '2026-01-05', outcome: 'A bed' })).toMatchObject({
      status: 409,
      body: { error: 'REFERRAL.TRANSITION_NOT_ALLOWED', details: { rule: expect.stringContaining('responder') } },
    });
    expect((await move('accept')).status).toBe(201);
    expect((await move('start')).status).toBe(201);
    expect((await move('reject', { reason: 'lack_of_capacity' })).status).toBe(409);
    expect((await move('complete', { deliveredOn: '2999-01-01', outcome: 'A bed' })).status).toBe(400);
    expect((await move('complete', { deliveredOn: 'soon', outcome: 'A bed' })).status).toBe(400);
    expect((await move('fail', { reason: 'made_up' })).status).toBe(400);
    expect(await move('complete', { deliveredOn: '2026-01-05', outcome: 'A bed at the shelter' })).toMatchObject({
      status: 201,
    });
    const read = await host.call('GET', `/referral/referrals/${referralId}`, as.supervisor);
    expect(read.body).toMatchObject({
      status: 'completed',
      outcome: { deliveredOn: '2026-01-05', description: 'A bed at the shelter' },
    });
    expect(await host.undocumented('GET', '/referral/referrals/{referralId}', read.body)).toEqual([]);
    const followUp = (result: string) =>
      host.call('POST', `/referral/referrals/${referralId}/follow-up`, as.caseManager, { result });
    expect((await followUp('need_met')).status).toBe(201);
    expect(await followUp('need_not_met')).toMatchObject({
      status: 409,
      body: { error: 'REFERRAL.ALREADY_FOLLOWED_UP' },
    });
    await inInbox(world, referralId, 'completed');
    // The case's list is a read model: it shows the follow-up once its event has been projected.
    const caseReferrals = () => host.call('GET', `/referral/cases/${CASE}/referrals`, as.caseManager);
    await waitFor('the follow-up on the case’s referrals', async () =>
      JSON.stringify((await caseReferrals()).body).includes('"followUpResult":"need_met"'),
    );
    const list = await caseReferrals();
    expect(await host.undocumented('GET', '/referral/cases/{caseId}/referrals', list.body)).toEqual([]);
    expect(list.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          referralId,
          status: 'completed',
          outcome: 'A bed at the shelter',
          followUpResult: 'need_met',
        }),
      ]),
    );
    // Each status the referral reached, oldest first, with when; the follow-up and the partner's notes are not in it.
    const listed = (list.body as unknown as { referralId: string; history: Record<string, unknown>[] }[]).find(
      (each) => each.referralId === referralId,
    );
    expect(listed?.history.map((entry) => [entry['status'], entry['party']])).toEqual([
      ['draft', 'requester'],
      ['requested', 'requester'],
      ['accepted', 'responder'],
      ['in-progress', 'responder'],
      ['completed', 'responder'],
    ]);
    expect(listed?.history.at(-1)).toMatchObject({ deliveredOn: '2026-01-05', reason: null });
    for (const entry of listed?.history ?? []) {
      expect(Object.keys(entry).sort()).toEqual([
        'deliveredOn',
        'occurredAt',
        'party',
        'reason',
        'recordedAt',
        'status',
      ]);
      expect(Date.parse(String(entry['recordedAt']))).toBeGreaterThanOrEqual(Date.parse(String(entry['occurredAt'])));
    }
    // Across the boundary: another team's case manager and a partner read none of it.
    expect((await host.call('GET', `/referral/cases/${CASE}/referrals`, as.southCaseManager)).status).toBe(404);
    expect((await host.call('GET', `/referral/cases/${CASE}/referrals`, as.harborPartner)).status).toBe(403);
  });

  it('stops a send at once when the consent was revoked just before it', async () => {
    await openCaseWithNeeds(world, { caseId: SECOND_CASE, clientId: ROSA, needs: ['housing'] });
    const second = await draftReferral(world, SECOND_CASE);
    const revoked = await recordConsent(world, {
      clientId: ROSA,
      caseId: SECOND_CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
    });
    await revokeConsent(world, revoked);
    await revokeConsent(world, consentId);
    expect(await sendReferral(world, second)).toMatchObject({
      status: 409,
      body: { error: 'REFERRAL.NO_CONSENT_IN_FORCE' },
    });
    const read = await host.call('GET', `/referral/referrals/${second}`, as.caseManager);
    expect(read.body).toMatchObject({ status: 'draft', disclosures: [] });
  });

  it('stops a send at once when the consent’s expiry event was recorded just before it', async () => {
    const third = await draftReferral(world, SECOND_CASE);
    const expiring = await recordConsent(world, {
      clientId: ROSA,
      caseId: SECOND_CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
      expiry: { kind: 'event', event: 'Discharge from the shelter program' },
    });
    const expired = await host.call('POST', `/intake/consents/${expiring}/expiry-event`, as.caseManager, {});
    expect(expired.status).toBe(200);
    expect(await sendReferral(world, third)).toMatchObject({
      status: 409,
      body: { error: 'REFERRAL.NO_CONSENT_IN_FORCE' },
    });
  });

  it('tells the partner of a revoked consent, and never recalls what was disclosed under it', async () => {
    await waitFor('the revocation on the first referral', async () => {
      const seen = await host.call('GET', `/referral/partner/referrals/${referralId}`, as.harborPartner);
      const disclosure = seen.body['disclosure'] as { consentRevokedAt: string | null } | undefined;
      return disclosure?.consentRevokedAt != null;
    });
    const seen = await host.call('GET', `/referral/partner/referrals/${referralId}`, as.harborPartner);
    expect(seen.body).toMatchObject({
      status: 'completed',
      disclosure: { consentId, values: { name: expect.stringContaining('Rosa') } },
    });
    const read = await host.call('GET', `/referral/referrals/${referralId}`, as.caseManager);
    expect(read.body).toMatchObject({ disclosures: [{ consentId, consentRevokedAt: expect.any(String) }] });
    expect(await host.undocumented('GET', '/referral/referrals/{referralId}', read.body)).toEqual([]);
  });
}

/** The inbox reads recorded in referral's access log, oldest first. */
async function inboxReads(host: TestHost) {
  const { rows } = await host.pool.query<{ stream_id: string; data: Record<string, unknown>; actor: string }>(
    `SELECT stream_id, data, metadata::jsonb -> 'actor' ->> 'id' AS actor FROM event_store.events
      WHERE stream_id LIKE 'referral.access_log-%' AND type LIKE '%RecordAccessed%' AND data::jsonb ->> 'subject' = 'inbox'
      ORDER BY global_position`,
  );
  return rows.map((row) => ({ streamId: row.stream_id, data: row.data, actor: row.actor }));
}
