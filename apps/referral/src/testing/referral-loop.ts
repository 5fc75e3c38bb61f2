import type { TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import { CASE_MANAGER, HARBOR_PARTNER, SHELTER } from './referral-host';

/** Drafts a referral of the case's need to Harbor House's shelter; answers the referral's id. */
export async function draftReferral(host: TestHost, caseId: string, need = 'housing'): Promise<string> {
  const drafted = await host.call('POST', `/referral/cases/${caseId}/referrals`, CASE_MANAGER, {
    need,
    serviceId: SHELTER.service,
    locationId: SHELTER.location,
  });
  expect(drafted.status).toBe(201);
  return String(drafted.body['referralId']);
}

/** Sends it, sharing the client's name and housing need for a referral. */
export function sendReferral(host: TestHost, referralId: string, fields: readonly string[] = ['name', 'housingNeed']) {
  return host.call('POST', `/referral/referrals/${referralId}/send`, CASE_MANAGER, { fields, purpose: 'referral' });
}

/** Waits until the partner's inbox shows the referral in the status. */
export function inInbox(host: TestHost, referralId: string, status: string): Promise<void> {
  return waitFor(`referral ${referralId} ${status} in the partner’s inbox`, async () => {
    const found = await host.call('GET', `/referral/partner/referrals/${referralId}`, HARBOR_PARTNER);
    return found.status === 200 && found.body['status'] === status;
  });
}

/** Revokes a consent in intake, in writing. */
export async function revokeConsent(host: TestHost, consentId: string): Promise<void> {
  const revoked = await host.call('POST', `/intake/consents/${consentId}/revoke`, CASE_MANAGER, { method: 'written' });
  expect(revoked.status).toBe(200);
}
