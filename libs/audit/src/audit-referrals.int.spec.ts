import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@casemgmt/event-store';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startAuditTestApp, type AuditTestApp } from './testing/audit-test-app';

// A referral's closed loop in the audit trail: drafted, sent (with its disclosure), accepted by the provider and
// completed, appended as referral's handlers store them; a second referral of the case is rejected, and a referral
// of another case stays out of this one's state.

const auditor = { roles: ['auditor'] as const, sub: 'auditor-1' };

const caseId = randomUUID();
const clientId = randomUUID();
const otherCaseId = randomUUID();
const referralId = randomUUID();
const rejectedId = randomUUID();
const otherReferralId = randomUUID();
const consentId = randomUUID();

const sealed = { $sealed: 'A256GCM', keyId: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
const target = { organizationId: 'org-harbor', serviceId: 'svc-shelter', locationId: 'loc-1', listingVersion: 3 };
const caseManager: Actor = { id: 'cm-7', role: 'case_manager' };
const partner: Actor = { id: 'pp-3', role: 'provider_partner' };

type Actor = { readonly id: string; readonly role: string };

function event(
  type: string,
  data: Record<string, unknown>,
  actor: Actor,
  occurredAt: string,
  forCase: string = caseId,
): NewEvent {
  return {
    type,
    data,
    metadata: { tenantId: 'county-a', actor, correlationId: randomUUID(), caseId: forCase, clientId },
    occurredAt: new Date(occurredAt),
  };
}

const caseOpened = (id: string): NewEvent =>
  event(
    'CaseOpened',
    {
      caseId: id,
      clientId,
      programId: 'housing-stability',
      priority: 'urgent',
      referralSource: { kind: 'self' },
      teamId: 'team-north',
      openedBy: 'iw-1',
      personal: sealed,
    },
    { id: 'iw-1', role: 'intake_worker' },
    '2024-03-01T09:00:00.000Z',
    id,
  );

// Shaped as referral's decider writes them (libs/referral/src/referral/referral.decide.ts), `personal` sealed.
const drafted = (id: string, forCase: string): NewEvent =>
  event(
    'ReferralDrafted',
    {
      referralId: id,
      caseId: forCase,
      program: 'housing-stability',
      need: 'housing',
      goalId: null,
      target,
      warnings: [],
      by: 'cm-7',
    },
    caseManager,
    '2024-03-04T09:00:00.000Z',
    forCase,
  );
const sent = (id: string): NewEvent[] => [
  event(
    'ReferralRequested',
    { referralId: id, caseId, answerDueAt: '2024-03-07T05:00:00.000Z', by: 'cm-7' },
    caseManager,
    '2024-03-04T10:00:00.000Z',
  ),
  event(
    'ReferralDisclosed',
    {
      referralId: id,
      caseId,
      recipientOrganizationId: 'org-harbor',
      consentId,
      purpose: 'referral',
      informationCategories: ['demographics', 'housing'],
      fields: ['name', 'housingNeed'],
      redisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
      by: 'cm-7',
      personal: sealed,
    },
    caseManager,
    '2024-03-04T10:00:00.000Z',
  ),
];
const accepted = event(
  'ReferralStatusChanged',
  { referralId, caseId, from: 'requested', to: 'accepted', party: 'responder', by: 'pp-3' },
  partner,
  '2024-03-05T14:00:00.000Z',
);
const completed = event(
  'ReferralCompleted',
  {
    referralId,
    caseId,
    from: 'accepted',
    deliveredOn: '2024-03-20',
    followUpDueOn: '2024-04-19',
    by: 'pp-3',
    personal: sealed,
  },
  partner,
  '2024-03-20T16:00:00.000Z',
);
const rejected = event(
  'ReferralRejected',
  { referralId: rejectedId, caseId, from: 'requested', reason: 'lack_of_capacity', by: 'pp-3' },
  partner,
  '2024-03-05T15:00:00.000Z',
);

describe('referrals in the audit trail (auditors, over HTTP)', () => {
  let database: TestDatabase;
  let audit: AuditTestApp;
  let acceptedRecordedBy: Date;

  const state = async (asOf: string, basis?: 'occurred') =>
    audit.call('GET', `/audit/cases/${caseId}/state?asOf=${asOf}${basis ? `&basis=${basis}` : ''}`, auditor);

  beforeAll(async () => {
    database = await createTestDatabase('audit_referrals');
    // The audited contracts as the module declares them: referral's among them.
    audit = await startAuditTestApp(database.url);
    const { store } = audit;
    await store.appendToStream(`intake.case-${caseId}`, [caseOpened(caseId)], { expectedVersion: 'no_stream' });
    await store.appendToStream(`intake.case-${otherCaseId}`, [caseOpened(otherCaseId)], {
      expectedVersion: 'no_stream',
    });
    await store.appendToStream(`referral.referral-${referralId}`, [drafted(referralId, caseId), ...sent(referralId)], {
      expectedVersion: 'no_stream',
    });
    await store.appendToStream(`referral.referral-${rejectedId}`, [drafted(rejectedId, caseId), ...sent(rejectedId)], {
      expectedVersion: 'no_stream',
    });
    await store.appendToStream(`referral.referral-${otherReferralId}`, [drafted(otherReferralId, otherCaseId)], {
      expectedVersion: 'no_stream',
    });
    await store.appendToStream(`referral.referral-${referralId}`, [accepted], { expectedVersion: 3 });
    await store.appendToStream(`referral.referral-${rejectedId}`, [rejected], { expectedVersion: 3 });
    await audit.entriesReach(11);
    acceptedRecordedBy = new Date();
    // The instants between the two appends are ones at which the referral was accepted but not yet completed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.appendToStream(`referral.referral-${referralId}`, [completed], { expectedVersion: 4 });
    await audit.entriesReach(12);
  }, 60_000);

  afterAll(async () => {
    await audit?.close();
    await database?.drop();
  });

  it('replays the case’s referrals as they stood between acceptance and completion, with referral’s own evolve', async () => {
    const { status, body } = await state(acceptedRecordedBy.toISOString());
    expect(status).toBe(200);
    const related = body['related'] as Record<string, unknown>;
    expect(related['referrals']).toEqual([
      {
        streamId: `referral.referral-${referralId}`,
        version: 4,
        eventsApplied: 4,
        state: {
          exists: true,
          referralId,
          caseId,
          need: 'housing',
          goalId: null,
          target,
          warnings: [],
          status: 'accepted',
          createdBy: 'cm-7',
          disclosures: [{ consentId, purpose: 'referral', fields: ['name', 'housingNeed'], consentRevokedAt: null }],
          reason: null,
          outcome: null,
          followUp: null,
        },
      },
      {
        streamId: `referral.referral-${rejectedId}`,
        version: 4,
        eventsApplied: 4,
        state: expect.objectContaining({ referralId: rejectedId, status: 'rejected', reason: 'lack_of_capacity' }),
      },
    ]);
    // Care plan's streams stay as they were: none for this case.
    expect(related).toMatchObject({ carePlans: null, casework: null });
  });

  it('replays the completion once recorded, its sealed outcome as null like any sealed text in the trail', async () => {
    const { body } = await state(new Date().toISOString());
    const [referral] = (body['related'] as { referrals: { version: number; state: unknown }[] }).referrals;
    expect(referral).toMatchObject({
      version: 5,
      state: { status: 'completed', outcome: { deliveredOn: '2024-03-20', description: null } },
    });
  });

  it('replays referrals by occurred time, and lists none before the first was drafted', async () => {
    const sentOnly = await state('2024-03-04T12:00:00.000Z', 'occurred');
    expect(sentOnly.status).toBe(200);
    const referrals = (sentOnly.body['related'] as { referrals: { state: { status: string } }[] }).referrals;
    expect(referrals.map((referral) => referral.state.status)).toEqual(['requested', 'requested']);
    const beforeDraft = await state('2024-03-02T00:00:00.000Z', 'occurred');
    expect(beforeDraft.body['related']).toMatchObject({ referrals: [] });
  });

  it('keeps another case’s referral out of this case’s state', async () => {
    const other = await audit.call(
      'GET',
      `/audit/cases/${otherCaseId}/state?asOf=${new Date().toISOString()}`,
      auditor,
    );
    const referrals = (other.body['related'] as { referrals: { state: { referralId: string } }[] }).referrals;
    expect(referrals.map((referral) => referral.state.referralId)).toEqual([otherReferralId]);
  });

  it('lists the referral events in the case timeline with who did what', async () => {
    const { status, body } = await audit.call('GET', `/audit/cases/${caseId}/timeline`, auditor);
    expect(status).toBe(200);
    const entries = body['entries'] as { type: string; actor: unknown; streamId: string; kind: string }[];
    const ofReferral = entries
      .filter((entry) => entry.streamId === `referral.referral-${referralId}`)
      .map(({ type, actor, kind }) => ({ type, actor, kind }));
    expect(ofReferral).toEqual([
      { type: 'referral.ReferralDrafted.v1', actor: caseManager, kind: 'change' },
      { type: 'referral.ReferralRequested.v1', actor: caseManager, kind: 'change' },
      { type: 'referral.ReferralDisclosed.v1', actor: caseManager, kind: 'change' },
      { type: 'referral.ReferralStatusChanged.v1', actor: partner, kind: 'change' },
      { type: 'referral.ReferralCompleted.v1', actor: partner, kind: 'change' },
    ]);
    expect(entries.some((entry) => entry.streamId === `referral.referral-${otherReferralId}`)).toBe(false);
  });

  it('verifies the chain with the referral events in it', async () => {
    const { status, body } = await audit.call('GET', '/audit/verify', auditor);
    expect(status).toBe(200);
    expect(body).toMatchObject({ valid: true });
    const { rows } = await audit.pool.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit.entries WHERE tenant_id = 'county-a' AND service = 'referral'`,
    );
    expect(rows[0]?.n).toBe('10');
  });

  it('accounts for every disclosure of the client’s records, in JSON and CSV, to auditors only', async () => {
    const accounting = await audit.call(
      'GET',
      `/audit/clients/${clientId}/disclosures?to=2024-12-31T00:00:00Z`,
      auditor,
    );
    expect(accounting).toMatchObject({ status: 200, body: { clientId, from: '2018-12-31T00:00:00.000Z' } });
    const disclosures = accounting.body['disclosures'] as Record<string, unknown>[];
    expect(disclosures).toHaveLength(2);
    expect(await audit.undocumented('GET', '/audit/clients/{clientId}/disclosures', accounting.body)).toEqual([]);
    expect(disclosures[0]).toEqual({
      disclosedAt: '2024-03-04T10:00:00.000Z',
      recordedAt: expect.any(String),
      recipient: { organizationId: 'org-harbor' },
      description: { fields: ['name', 'housingNeed'], informationCategories: ['demographics', 'housing'] },
      purpose: 'referral',
      consentId,
      redisclosureNotice: expect.stringContaining('42 CFR part 2'),
      caseId,
      referralId: expect.any(String),
      disclosedBy: caseManager,
      eventId: expect.any(String),
    });
    expect(new Set(disclosures.map((disclosure) => disclosure['referralId']))).toEqual(
      new Set([referralId, rejectedId]),
    );
    // Never the values: the chain holds them sealed, and the audit service has no key.
    expect(JSON.stringify(disclosures)).not.toContain('ciphertext');

    const later = await audit.call('GET', `/audit/clients/${clientId}/disclosures?from=2024-03-05T00:00:00Z`, auditor);
    expect(later.body['disclosures']).toEqual([]);
    const someoneElse = await audit.call('GET', `/audit/clients/${randomUUID()}/disclosures`, auditor);
    expect(someoneElse.body['disclosures']).toEqual([]);
    expect(
      (await audit.call('GET', `/audit/clients/${clientId}/disclosures`, { roles: ['case_manager'] })).status,
    ).toBe(403);
    expect((await audit.call('GET', `/audit/clients/not-a-uuid/disclosures`, auditor)).status).toBe(400);
    expect(
      (
        await audit.call(
          'GET',
          `/audit/clients/${clientId}/disclosures?from=2024-03-05T00:00:00Z&to=2024-03-01T00:00:00Z`,
          auditor,
        )
      ).status,
    ).toBe(400);

    const csv = await audit.app.inject({
      method: 'GET',
      url: `/audit/clients/${clientId}/disclosures?format=csv`,
      headers: { authorization: await audit.bearer(auditor) },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'disclosed_at,recorded_at,recipient_organization_id,fields,information_categories,purpose,consent_id,case_id,referral_id,disclosed_by,redisclosure_notice',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`org-harbor,name housingNeed,demographics housing,referral,${consentId},${caseId}`);
  });
});
