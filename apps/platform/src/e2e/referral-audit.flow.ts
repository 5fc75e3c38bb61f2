import { randomUUID } from 'node:crypto';
import { apiCaller, eventually, pause, type Caller, type Json, type Method } from './api-caller';

// Intake → referral → the provider partner → follow-up → audit, run the same way against the distributed services
// and the all-in-one platform. The directory lists a shelter; a case opened in intake with a housing need reaches
// referral; a send without consent is refused; with one, only the covered fields reach the partner, who accepts,
// starts and completes; the case manager follows up; a revocation recorded just before a second send stops it. The
// auditor replays the case with its referral as of before and after the completion, and the chain verifies.

export interface ReferralFlowTargets {
  readonly intakeUrl: string;
  readonly directoryUrl: string;
  readonly referralUrl: string;
  readonly carePlanUrl: string;
  readonly auditUrl: string;
  /** The development key every service verifies tokens with. */
  readonly keyFile: string;
  readonly tenant: string;
}

const INTAKE_WORKER: Caller = { roles: ['intake_worker'], sub: 'iw-7', team: 'team-east' };
const SUPERVISOR: Caller = { roles: ['supervisor'], sub: 'sup-7', team: 'team-east' };
const CASE_MANAGER: Caller = { roles: ['case_manager'], sub: 'cm-7', team: 'team-east' };
const AUDITOR: Caller = { roles: ['auditor'], sub: 'aud-7' };
const ADMIN: Caller = { roles: ['admin'], sub: 'adm-7' };

export async function runReferralAuditFlow(targets: ReferralFlowTargets): Promise<void> {
  const call = apiCaller(targets.keyFile, targets.tenant);
  const on = (base: string) => (method: Method, path: string, caller: Caller, body?: object) =>
    call(base, method, path, caller, body);
  const intake = on(targets.intakeUrl);
  const directory = on(targets.directoryUrl);
  const referral = on(targets.referralUrl);
  const carePlan = on(targets.carePlanUrl);
  const audit = (path: string) => call(targets.auditUrl, 'GET', path, AUDITOR);

  // The directory: an organisation offering a shelter at a location, and its partner.
  const organization = randomUUID();
  const location = randomUUID();
  const service = randomUUID();
  const partner: Caller = { roles: ['provider_partner'], sub: 'pp-7', org: organization };
  for (const [path, body] of [
    ['/directory/organizations', { id: organization, name: 'Eastside Housing Alliance', description: 'Shelter' }],
    ['/directory/locations', { id: location, location_type: 'physical', organization_id: organization, name: 'Main' }],
    ['/directory/services', { id: service, organization_id: organization, name: 'Night shelter', status: 'active' }],
    ['/directory/service_at_locations', { id: randomUUID(), service_id: service, location_id: location }],
  ] as const) {
    expect((await directory('POST', path, ADMIN, body)).status).toBe(201);
  }

  // Intake: a client with a case of housing need, assigned to the case manager.
  expect(
    (
      await intake('PUT', `/intake/workers/${CASE_MANAGER.sub}`, ADMIN, {
        displayName: 'Case manager 7',
        teamId: 'team-east',
        roles: ['case_manager'],
      })
    ).status,
  ).toBe(200);
  const clientId = randomUUID();
  const registered = await intake('POST', '/intake/clients', INTAKE_WORKER, {
    clientId,
    givenName: 'Ifeoma',
    familyName: 'Castellanos',
    dateOfBirth: '1991-06-14',
    preferredLanguage: 'en',
  });
  expect(registered.status).toBe(201);
  const caseId = randomUUID();
  expect(
    (
      await intake('POST', '/intake/cases', INTAKE_WORKER, {
        caseId,
        clientId,
        programId: 'adult-behavioral-health',
        priority: 'routine',
        referralSource: { kind: 'self' },
        teamId: 'team-east',
      })
    ).status,
  ).toBe(201);
  expect(
    (await intake('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, { caseManagerId: CASE_MANAGER.sub }))
      .status,
  ).toBe(200);
  expect((await intake('POST', `/intake/cases/${caseId}/needs`, CASE_MANAGER, { need: 'housing' })).status).toBe(201);

  // Referral follows intake and the directory asynchronously (Kafka, or the store's subscription).
  const referralId = randomUUID();
  const drafted = await eventually('the case and the listing in referral', async () => {
    const answer = await referral('POST', `/referral/cases/${caseId}/referrals`, CASE_MANAGER, {
      referralId,
      need: 'housing',
      serviceId: service,
      locationId: location,
    });
    return answer.status === 201 ? answer : undefined;
  });
  expect(drafted.body).toMatchObject({ referralId, changed: true });
  const send = (id: string) =>
    referral('POST', `/referral/referrals/${id}/send`, CASE_MANAGER, {
      fields: ['name', 'housingNeed', 'substanceUseNeed'],
      purpose: 'referral',
    });
  expect(await send(referralId)).toMatchObject({ status: 409, body: { error: 'REFERRAL.NO_CONSENT_IN_FORCE' } });
  const consent = (id?: string) =>
    intake('POST', '/intake/consents', CASE_MANAGER, {
      ...(id ? { consentId: id } : {}),
      clientId,
      caseId,
      discloser: { kind: 'program', name: 'County Behavioral Health' },
      information: { categories: ['demographics', 'housing'], description: 'For the shelter referral' },
      recipients: [{ kind: 'named', name: 'Eastside Housing Alliance', organizationId: organization }],
      purpose: ['referral'],
      rightToRevokeAcknowledged: true,
      expiry: { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      signedBy: 'patient',
      personal: { signatureName: 'Ifeoma Castellanos' },
    });
  const recorded = await consent();
  expect(recorded.status).toBe(201);
  const consentId = String(recorded.body['id']);
  // Intake's read model follows the consent asynchronously: the send fails closed until it is there.
  await eventually('the send under the consent', async () => {
    const sent = await send(referralId);
    return sent.status === 201 ? sent : undefined;
  });

  const inbox = await eventually('the referral in the partner’s inbox', async () => {
    const answer = await referral('GET', '/referral/partner/referrals?status=requested', partner);
    const found = ((answer.body['referrals'] as Json[] | undefined) ?? []).find((r) => r['referralId'] === referralId);
    return found;
  });
  expect(inbox).toMatchObject({
    disclosure: {
      consentId,
      fields: ['name', 'housingNeed'],
      values: { name: expect.stringContaining('Ifeoma'), housingNeed: 'identified' },
      redisclosureNotice: expect.stringContaining('42 CFR part 2'),
    },
  });
  expect(JSON.stringify(inbox)).not.toContain('substanceUseNeed');
  const move = (path: string, body?: object) =>
    referral('POST', `/referral/partner/referrals/${referralId}/${path}`, partner, body);
  expect((await move('accept')).status).toBe(201);
  expect((await move('start')).status).toBe(201);
  await pause(30);
  const beforeCompletion = new Date();
  await pause(30);
  // Yesterday by this machine's UTC clock: a date of the past in the agency's zone too, at any hour (today in UTC is
  // still tomorrow in Los Angeles from midnight until eight, and refused as in the future).
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  expect((await move('complete', { deliveredOn: yesterday, outcome: 'A bed for thirty nights' })).status).toBe(201);
  // Care plan's worklist follows referral's events: the follow-up with the client is now due.
  const followUpItem = () =>
    carePlan('GET', '/care-plan/worklist/me', CASE_MANAGER).then((answer) =>
      ((answer.body['items'] as Json[] | undefined) ?? []).find(
        (item) => item['kind'] === 'referral_follow_up' && item['referralId'] === referralId,
      ),
    );
  expect(await eventually('the referral’s follow-up on the case manager’s worklist', followUpItem)).toMatchObject({
    caseId,
  });
  expect(
    (await referral('POST', `/referral/referrals/${referralId}/follow-up`, CASE_MANAGER, { result: 'need_met' }))
      .status,
  ).toBe(201);

  await eventually('the follow-up settled on the worklist', async () => ((await followUpItem()) ? undefined : true));

  // A revocation recorded just before a second send stops it, whatever referral has heard of intake by then.
  const secondId = randomUUID();
  expect(
    (
      await referral('POST', `/referral/cases/${caseId}/referrals`, CASE_MANAGER, {
        referralId: secondId,
        need: 'housing',
        serviceId: service,
        locationId: location,
      })
    ).status,
  ).toBe(201);
  expect(
    (await intake('POST', `/intake/consents/${consentId}/revoke`, CASE_MANAGER, { method: 'written' })).status,
  ).toBe(200);
  expect(await send(secondId)).toMatchObject({ status: 409, body: { error: 'REFERRAL.NO_CONSENT_IN_FORCE' } });
  await pause(30);
  const afterAll = new Date();

  // The auditor: referral's events on the case's timeline, the case as of before and after the completion.
  const expectedTypes = [
    'referral.ReferralDrafted.v1',
    'referral.ReferralRequested.v1',
    'referral.ReferralDisclosed.v1',
    'referral.ReferralCompleted.v1',
    'referral.ReferralFollowedUp.v1',
  ];
  const timeline = await eventually('referral’s events in the audit timeline', async () => {
    const answer = await audit(`/audit/cases/${caseId}/timeline`);
    const entries = (answer.body['entries'] as Json[] | undefined) ?? [];
    const types = new Set(entries.map((entry) => entry['type']));
    return expectedTypes.every((type) => types.has(type)) ? entries : undefined;
  });
  expect(timeline.find((entry) => entry['type'] === 'referral.ReferralDisclosed.v1')).toMatchObject({
    actor: { id: CASE_MANAGER.sub },
  });
  const stateAt = async (at: Date) =>
    (await audit(`/audit/cases/${caseId}/state?asOf=${encodeURIComponent(at.toISOString())}`)).body;
  expect(JSON.stringify(await stateAt(beforeCompletion))).toContain('"in-progress"');
  const after = await stateAt(afterAll);
  expect(JSON.stringify(after)).toContain('"completed"');
  expect(JSON.stringify(after)).toContain('need_met');
  const verified = await audit('/audit/verify');
  expect(verified).toMatchObject({ status: 200, body: { valid: true } });
  // The trail holds no key: what the partner read stays sealed in it.
  expect(JSON.stringify(timeline)).not.toContain('Ifeoma');
  expect(JSON.stringify(after)).not.toContain('thirty nights');
}
