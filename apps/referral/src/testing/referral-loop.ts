import { waitFor } from '@casemgmt/testing';
import { SHELTER, type ReferralWorld } from './referral-host';

/** Drafts a referral of the case's need to Harbor House's shelter; answers the referral's id. */
export async function draftReferral({ host, as }: ReferralWorld, caseId: string, need = 'housing'): Promise<string> {
  const drafted = await host.call('POST', `/referral/cases/${caseId}/referrals`, as.caseManager, {
    need,
    serviceId: SHELTER.service,
    locationId: SHELTER.location,
  });
  expect({ status: drafted.status, error: drafted.body['error'] }).toEqual({ status: 201, error: undefined });
  return String(drafted.body['referralId']);
}

/** Sends it, sharing the client's name and housing need for a referral. */
export function sendReferral(
  { host, as }: ReferralWorld,
  referralId: string,
  fields: readonly string[] = ['name', 'housingNeed'],
) {
  return host.call('POST', `/referral/referrals/${referralId}/send`, as.caseManager, { fields, purpose: 'referral' });
}

/** Waits until the partner's inbox shows the referral in the status. */
export function inInbox({ host, as }: ReferralWorld, referralId: string, status: string): Promise<void> {
  return waitFor(`referral ${referralId} ${status} in the partner’s inbox`, async () => {
    const found = await host.call('GET', `/referral/partner/referrals/${referralId}`, as.harborPartner);
    return found.status === 200 && found.body['status'] === status;
  });
}

/** Revokes a consent in intake, in writing. */
export async function revokeConsent({ host, as }: ReferralWorld, consentId: string): Promise<void> {
  const revoked = await host.call('POST', `/intake/consents/${consentId}/revoke`, as.caseManager, {
    method: 'written',
  });
  expect(revoked).toMatchObject({ status: 200 });
}
