import { randomUUID } from 'node:crypto';
import { CASE_MANAGER, TEAM, eventually, type ConsoleUnderTest } from './harness';

// What the browser journeys start from, made through the platform's API as the agency's people would make it.

/** Registers a case manager of the team (by default the journeys' own), so cases can be assigned to them. */
export async function registerCaseManager(
  console_: ConsoleUnderTest,
  workerId = CASE_MANAGER,
  displayName = 'Case manager E2E',
): Promise<void> {
  const admin = await console_.tokenFor(['admin'], 'adm-e2e');
  const answer = await console_.call('PUT', `/intake/workers/${workerId}`, admin, {
    displayName,
    teamId: TEAM,
    roles: ['case_manager'],
  });
  expect({ worker: workerId, status: answer.status }).toEqual({ worker: workerId, status: 200 });
}

/** A client registered by intake (a new one unless `clientId` names one already registered). */
export interface SeedClient {
  readonly clientId?: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
}

/**
 * A case of the client opened by intake and assigned to the case manager (the journeys' own by default); answers
 * the client's and the case's ids.
 */
export async function openAssignedCase(
  console_: ConsoleUnderTest,
  client: SeedClient,
  options: { readonly priority?: 'urgent' | 'routine'; readonly caseManagerId?: string } = {},
): Promise<{ clientId: string; caseId: string }> {
  const intakeWorker = await console_.tokenFor(['intake_worker'], 'iw-e2e');
  const supervisor = await console_.tokenFor(['supervisor'], 'sup-e2e');
  let clientId = client.clientId;
  if (!clientId) {
    clientId = randomUUID();
    const registered = await console_.call('POST', '/intake/clients', intakeWorker, {
      clientId,
      givenName: client.givenName,
      familyName: client.familyName,
      dateOfBirth: client.dateOfBirth,
      preferredLanguage: 'en',
    });
    expect(registered.status).toBe(201);
  }
  const caseId = randomUUID();
  const opened = await console_.call('POST', '/intake/cases', intakeWorker, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: options.priority ?? 'urgent',
    referralSource: { kind: 'self' },
  });
  expect(opened.status).toBe(201);
  const assigned = await console_.call('POST', `/intake/cases/${caseId}/assignment`, supervisor, {
    caseManagerId: options.caseManagerId ?? CASE_MANAGER,
  });
  expect(assigned.status).toBe(200);
  return { clientId, caseId };
}

/** A provider's service at one location, listed in the directory. */
export interface PartnerService {
  readonly organization: string;
  readonly name: string;
  readonly location: string;
  readonly service: string;
}

/** Lists an organisation with a night shelter at its main location in the directory. */
export async function listPartnerService(console_: ConsoleUnderTest, name: string): Promise<PartnerService> {
  const admin = await console_.tokenFor(['admin'], 'adm-e2e');
  const organization = randomUUID();
  const location = randomUUID();
  const service = randomUUID();
  for (const [path, body] of [
    ['/directory/organizations', { id: organization, name, description: 'Shelter' }],
    ['/directory/locations', { id: location, location_type: 'physical', organization_id: organization, name: 'Main' }],
    ['/directory/services', { id: service, organization_id: organization, name: 'Night shelter', status: 'active' }],
    ['/directory/service_at_locations', { id: randomUUID(), service_id: service, location_id: location }],
  ] as const) {
    const answer = await console_.call('POST', path, admin, body);
    expect({ path, status: answer.status }).toEqual({ path, status: 201 });
  }
  return { organization, name, location, service };
}

/**
 * The case's housing need (unless it has it already) and the client's consent to share their demographics and
 * housing information with the partner for a referral, signed a minute ago, in force until the end of next year,
 * recorded by the case's case manager; answers the consent's id.
 */
export async function consentToHousingReferral(
  console_: ConsoleUnderTest,
  of: { readonly clientId: string; readonly caseId: string; readonly signatureName: string },
  partner: PartnerService,
  options: { readonly caseManagerId?: string; readonly needRecorded?: boolean } = {},
): Promise<string> {
  const manager = await console_.tokenFor(['case_manager'], options.caseManagerId ?? CASE_MANAGER);
  if (!options.needRecorded) {
    const need = await console_.call('POST', `/intake/cases/${of.caseId}/needs`, manager, { need: 'housing' });
    expect(need.status).toBe(201);
  }
  const consent = await console_.call('POST', '/intake/consents', manager, {
    clientId: of.clientId,
    caseId: of.caseId,
    discloser: { kind: 'program', name: 'County Behavioral Health' },
    information: { categories: ['demographics', 'housing'], description: 'For the shelter referral' },
    recipients: [{ kind: 'named', name: partner.name, organizationId: partner.organization }],
    purpose: ['referral'],
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
    signedAt: new Date(Date.now() - 60_000).toISOString(),
    signedBy: 'patient',
    personal: { signatureName: of.signatureName },
  });
  expect(consent.status).toBe(201);
  return String(consent.body['id'] ?? consent.body['consentId']);
}

/**
 * Drafts a housing referral of the case to the partner's service (as the case's case manager) and sends it with the client's name and housing
 * need under the consent, each step retried until referral has caught up with the case, the listing and the consent.
 */
export async function sendHousingReferral(
  console_: ConsoleUnderTest,
  caseId: string,
  partner: PartnerService,
  options: { readonly referralId?: string; readonly caseManagerId?: string } = {},
): Promise<string> {
  const referralId = options.referralId ?? randomUUID();
  const manager = await console_.tokenFor(['case_manager'], options.caseManagerId ?? CASE_MANAGER);
  await eventually('the case and the listing in referral', async () => {
    const drafted = await console_.call('POST', `/referral/cases/${caseId}/referrals`, manager, {
      referralId,
      need: 'housing',
      serviceId: partner.service,
      locationId: partner.location,
    });
    return drafted.status === 201 ? true : undefined;
  });
  await eventually('the send under the consent', async () => {
    const sent = await console_.call('POST', `/referral/referrals/${referralId}/send`, manager, {
      fields: ['name', 'housingNeed'],
      purpose: 'referral',
    });
    return sent.status === 201 ? true : undefined;
  });
  return referralId;
}
