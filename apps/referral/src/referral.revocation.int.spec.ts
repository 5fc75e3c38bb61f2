import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import type { TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import {
  HARBOR,
  SHELTER,
  openCaseWithNeeds,
  recordConsent,
  startReferralHost,
  type ReferralWorld,
} from './testing/referral-host';
import { revokeConsent } from './testing/referral-loop';

const ROSA = '0190f3a0-2222-7000-8000-000000000501';
const CASE = '0190f3a0-3333-7000-8000-000000000501';

// Intake's revocation and referral's own disclosure reach referral by different consumers, in either order. When the
// revocation comes first, the disclosure is noted as revoked as soon as referral's read model takes it.
describe('a revocation heard of before the disclosure it concerns', () => {
  let world: ReferralWorld;
  let host: TestHost;

  beforeAll(async () => {
    world = await startReferralHost({ name: 'referral-revocation', clientId: ROSA });
    host = world.host;
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing'] });
  }, 120_000);

  afterAll(() => host?.close());

  it('notes the revocation on the referral once the disclosure reaches the read model', async () => {
    const consentId = await recordConsent(world, {
      clientId: ROSA,
      caseId: CASE,
      categories: ['housing'],
      purposes: ['referral'],
    });
    await revokeConsent(world, consentId);
    await waitFor('the revocation in referral', async () => {
      const { rowCount } = await host.pool.query('SELECT 1 FROM referral.revoked_consents WHERE consent_id = $1', [
        consentId,
      ]);
      return rowCount === 1;
    });
    // A send that intake answered just before the revocation, as referral records it.
    const referralId = randomUUID();
    const store = host.app.get<symbol, EventStore>(EVENT_STORE, { strict: false });
    const on = { referralId, caseId: CASE, by: 'cm-1' };
    const metadata = {
      tenantId: 'county-a',
      actor: { id: 'cm-1', role: 'case_manager' },
      correlationId: randomUUID(),
      caseId: CASE,
      clientId: ROSA,
    };
    await store.appendToStream(
      `referral.referral-${referralId}`,
      [
        {
          type: 'ReferralDrafted',
          data: {
            ...on,
            program: 'adult-behavioral-health',
            need: 'housing',
            goalId: null,
            target: {
              organizationId: HARBOR.organization,
              serviceId: SHELTER.service,
              locationId: SHELTER.location,
              listingVersion: 1,
            },
            warnings: [],
          },
          metadata,
        },
        {
          type: 'ReferralRequested',
          data: { ...on, answerDueAt: new Date(Date.now() + 86_400_000).toISOString() },
          metadata,
        },
        {
          type: 'ReferralDisclosed',
          data: {
            ...on,
            recipientOrganizationId: HARBOR.organization,
            consentId,
            purpose: 'referral',
            informationCategories: ['housing'],
            fields: ['housingNeed'],
            redisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
            personal: null,
          },
          metadata,
        },
      ],
      { expectedVersion: 'no_stream' },
    );
    await waitFor('the revocation noted on the referral', async () => {
      const seen = await host.call('GET', `/referral/partner/referrals/${referralId}`, world.as.harborPartner);
      return (seen.body['disclosure'] as { consentRevokedAt?: string | null } | undefined)?.consentRevokedAt != null;
    });
    const events = await store.readStream(`referral.referral-${referralId}`);
    expect(events.map((event) => event.type)).toEqual([
      'ReferralDrafted',
      'ReferralRequested',
      'ReferralDisclosed',
      'ReferralConsentRevoked',
    ]);
  });
});
