import { isSealedPersonalData } from '@casemgmt/personal-data';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';
import { accessLogStreamId } from '../shared/intake-streams';

const WORKER: IntakeCaller = { roles: ['intake_worker'], sub: 'worker-1' };
// Consents are reached through the client's cases (ADR 0012): cm-1 works the client's case.
const CASE_MANAGER: IntakeCaller = { roles: ['case_manager'], sub: 'cm-1' };
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-1' };
const CASE_ID = '0190f3a0-5555-7000-8000-0000000000ca';
const PARTNER: IntakeCaller = { roles: ['provider_partner'], sub: 'partner-1' };
const OTHER_COUNTY: IntakeCaller = { roles: ['admin'], sub: 'admin-b', tenant: 'tenant-b' };
const OTHER_COUNTY_WORKER: IntakeCaller = { roles: ['intake_worker'], sub: 'worker-b', tenant: 'tenant-b' };

const CLIENT = '0190f3a0-5555-7000-8000-000000000001';
const HARBOR = 'org-harbor-clinic';
const SIGNATURE = 'Teodora Vasquez-Lindqvist';

const signedAt = new Date(Date.now() - 60 * 60_000);
const consentForm = {
  clientId: CLIENT,
  discloser: { kind: 'program', name: 'County Outpatient SUD Program' },
  information: { categories: ['substance_use_disorder'], description: 'Assessment, diagnosis and treatment plan' },
  recipients: [
    { kind: 'named', name: 'Harbor Clinic', organizationId: HARBOR },
    { kind: 'class', description: 'My treating providers', treatingProviderRelationship: true },
  ],
  purpose: ['treatment', 'referral'],
  rightToRevokeAcknowledged: true,
  expiry: { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
  signedAt: signedAt.toISOString(),
  signedBy: 'patient',
  personal: { signatureName: SIGNATURE, notes: 'Signed at the walk-in clinic' },
};

// The question travels in a body: a recipient's name is personal data and stays out of the URL.
const IN_FORCE = '/intake/consents/in-force';
const inForceBody = (query: Record<string, string | boolean>) => ({
  clientId: CLIENT,
  category: 'substance_use_disorder',
  purpose: 'treatment',
  ...query,
});

describe('consents over HTTP', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;
  let consentId: string;

  beforeAll(async () => {
    database = await createTestDatabase('intake_consent');
    intake = await startIntakeTestApp(database.url);
    const client = await intake.call('POST', '/intake/clients', WORKER, {
      clientId: CLIENT,
      givenName: 'Teodora',
      familyName: 'Vasquez-Lindqvist',
      dateOfBirth: '1990-02-14',
      preferredLanguage: 'en',
    });
    expect(client).toEqual(expect.objectContaining({ status: 201 }));
    const opened = await intake.call('POST', '/intake/cases', WORKER, {
      caseId: CASE_ID,
      clientId: CLIENT,
      programId: 'adult-behavioral-health',
      priority: 'routine',
      referralSource: { kind: 'self' },
      teamId: 'team-1',
    });
    expect(opened.status).toBe(201);
    await intake.registerWorker({ workerId: 'cm-1', teamId: 'team-1' });
    const assigned = await intake.call('POST', `/intake/cases/${CASE_ID}/assignment`, SUPERVISOR, {
      caseManagerId: 'cm-1',
    });
    expect(assigned.status).toBe(200);
    await intake.projectionsCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  it('records a consent with the signature sealed, and answers it is in force for the named recipient now', async () => {
    const recorded = await intake.call('POST', '/intake/consents', CASE_MANAGER, consentForm);
    expect(recorded).toEqual({ status: 201, body: { id: expect.any(String), version: 1 } });
    consentId = String(recorded.body['id']);

    const [stored] = await intake.rawStore.readStream(`intake.consent-${consentId}`);
    expect(stored?.type).toBe('ConsentRecorded');
    expect(stored?.metadata).toEqual(
      expect.objectContaining({ clientId: CLIENT, actor: expect.objectContaining({ role: 'case_manager' }) }),
    );
    expect(stored?.occurredAt).toEqual(signedAt);
    expect(isSealedPersonalData(stored?.data['personal'])).toBe(true);
    const { rows } = await intake.pool.query<{ count: string }>(
      'SELECT count(*)::text AS count FROM event_store.events WHERE data::text ILIKE $1',
      [`%${SIGNATURE}%`],
    );
    expect(rows[0]?.count).toBe('0');

    await intake.projectionsCaughtUp();
    const answer = await intake.call('POST', IN_FORCE, CASE_MANAGER, inForceBody({ recipientOrganizationId: HARBOR }));
    expect(answer).toEqual({
      status: 200,
      body: { inForce: true, consentId, reason: expect.stringContaining('in force') },
    });
    expect(await intake.undocumented('POST', IN_FORCE, answer.body)).toEqual([]);
    const byName = await intake.call(
      'POST',
      IN_FORCE,
      CASE_MANAGER,
      inForceBody({ recipientName: 'HARBOR clinic', purpose: 'payment' }),
    );
    expect(byName.body).toEqual(
      expect.objectContaining({ inForce: false, reason: expect.stringContaining('payment') }),
    );
    expect(await intake.undocumented('POST', IN_FORCE, byName.body)).toEqual([]);
  });

  it('keeps personal data out of the read model and shows it, opened, to a reader whose read is logged', async () => {
    const { rows } = await intake.pool.query<Record<string, unknown>>(
      'SELECT * FROM intake.consent_directive WHERE consent_id = $1',
      [consentId],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toContain(SIGNATURE);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        client_id: CLIENT,
        categories: ['substance_use_disorder'],
        revoked_at: null,
        version: 1,
      }),
    );

    const read = await intake.call('GET', `/intake/consents/${consentId}`, CASE_MANAGER);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(
      expect.objectContaining({
        id: consentId,
        version: 1,
        clientId: CLIENT,
        personal: { signatureName: SIGNATURE, notes: 'Signed at the walk-in clinic' },
        redisclosureNotice: expect.stringContaining('42 CFR part 2'),
        standing: 'in_force',
        revocation: null,
      }),
    );
    expect(await intake.undocumented('GET', '/intake/consents/{id}', read.body)).toEqual([]);
    const accessLog = await intake.rawStore.readStream(accessLogStreamId('county-a', CLIENT));
    expect(accessLog.map((event) => event.data)).toContainEqual({
      subject: 'consent',
      subjectId: consentId,
      view: 'GET /intake/consents/{id}',
      role: 'case_manager',
    });
    expect(accessLog.map((event) => event.data['view'])).toContain('POST /intake/consents/in-force');
  });

  it('answers 400 naming the missing §2.31 element, and a clear refusal of SUD information to a general class', async () => {
    const { expiry: _expiry, ...withoutExpiry } = consentForm;
    const incomplete = await intake.call('POST', '/intake/consents', CASE_MANAGER, withoutExpiry);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body).toEqual(
      expect.objectContaining({
        error: 'INTAKE.CONSENT_INCOMPLETE',
        details: expect.objectContaining({ element: 'expiry' }),
      }),
    );

    const unsigned = await intake.call('POST', '/intake/consents', CASE_MANAGER, {
      ...consentForm,
      personal: { notes: 'x' },
    });
    expect(unsigned.body).toEqual(
      expect.objectContaining({
        statusCode: 400,
        details: expect.objectContaining({ element: 'personal.signatureName' }),
      }),
    );

    const unknownCategory = await intake.call('POST', '/intake/consents', CASE_MANAGER, {
      ...consentForm,
      information: { categories: ['gossip'], description: 'x' },
    });
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body['violations']).toEqual([expect.objectContaining({ field: 'information.categories' })]);

    const general = await intake.call('POST', '/intake/consents', CASE_MANAGER, {
      ...consentForm,
      recipients: [{ kind: 'class', description: 'Any community program', treatingProviderRelationship: false }],
    });
    expect(general.status).toBe(400);
    expect(general.body['error']).toBe('INTAKE.CONSENT_SUD_CLASS_WITHOUT_TREATING_RELATIONSHIP');
  });

  it('refuses provider partners', async () => {
    expect((await intake.call('POST', '/intake/consents', PARTNER, consentForm)).status).toBe(403);
    expect(
      (await intake.call('POST', IN_FORCE, PARTNER, inForceBody({ recipientOrganizationId: HARBOR }))).status,
    ).toBe(403);
    expect((await intake.call('GET', `/intake/consents/${consentId}`, PARTNER)).status).toBe(403);
  });

  it('shows another tenant nothing of the consent', async () => {
    expect((await intake.call('GET', `/intake/consents/${consentId}`, OTHER_COUNTY)).status).toBe(404);
    expect(await intake.call('GET', `/intake/clients/${CLIENT}/consents`, OTHER_COUNTY)).toEqual({
      status: 200,
      body: { clientId: CLIENT, consents: [] },
    });
    expect(
      (await intake.call('POST', IN_FORCE, OTHER_COUNTY, inForceBody({ recipientOrganizationId: HARBOR }))).body,
    ).toEqual({
      inForce: false,
      consentId: null,
      reason: 'no consent is on record for this client',
    });
    const revoke = await intake.call('POST', `/intake/consents/${consentId}/revoke`, OTHER_COUNTY_WORKER, {
      method: 'written',
    });
    expect(revoke.status).toBe(404);
  });

  it('revokes from today forward: not in force after the revocation, still in force for an earlier instant', async () => {
    const beforeRevocation = new Date(signedAt.getTime() + 10 * 60_000).toISOString();
    const revoked = await intake.call('POST', `/intake/consents/${consentId}/revoke`, CASE_MANAGER, {
      method: 'written',
      reason: 'Moving to another county',
      expectedVersion: 1,
    });
    expect(revoked).toEqual({ status: 200, body: { id: consentId, version: 2 } });

    // Asked at once, before the read model has taken the revocation: a disclosure checked this very moment is refused.
    const now = await intake.call('POST', IN_FORCE, CASE_MANAGER, inForceBody({ recipientOrganizationId: HARBOR }));
    expect(now.body).toEqual({ inForce: false, consentId, reason: expect.stringContaining('revoked at') });
    await intake.projectionsCaughtUp();
    const earlier = await intake.call(
      'POST',
      IN_FORCE,
      CASE_MANAGER,
      inForceBody({ recipientOrganizationId: HARBOR, at: beforeRevocation }),
    );
    expect(earlier.body).toEqual(expect.objectContaining({ inForce: true, consentId }));

    const again = await intake.call('POST', `/intake/consents/${consentId}/revoke`, CASE_MANAGER, { method: 'oral' });
    expect(again.status).toBe(409);
    expect(again.body['error']).toBe('INTAKE.CONSENT_ALREADY_REVOKED');

    const list = await intake.call('GET', `/intake/clients/${CLIENT}/consents`, CASE_MANAGER);
    expect(list.body['consents']).toEqual([
      expect.objectContaining({ consentId, standing: 'revoked', revokedAt: expect.any(String), version: 2 }),
    ]);
    expect(await intake.undocumented('GET', '/intake/clients/{clientId}/consents', list.body)).toEqual([]);
    const read = await intake.call('GET', `/intake/consents/${consentId}`, CASE_MANAGER);
    expect(read.body['revocation']).toEqual(
      expect.objectContaining({ method: 'written', reason: 'Moving to another county' }),
    );
    expect(await intake.undocumented('GET', '/intake/consents/{id}', read.body)).toEqual([]);
  });

  it('ends an event-expiry consent when the event is recorded', async () => {
    const recorded = await intake.call('POST', '/intake/consents', CASE_MANAGER, {
      ...consentForm,
      signedAt: new Date(signedAt.getTime() + 60_000).toISOString(),
      expiry: { kind: 'event', event: 'discharge from the program' },
    });
    expect(recorded.status).toBe(201);
    const id = String(recorded.body['id']);
    await intake.projectionsCaughtUp();
    const asked = inForceBody({ recipientName: 'Unlisted Clinic', treatingProvider: true });
    expect((await intake.call('POST', IN_FORCE, CASE_MANAGER, asked)).body).toEqual(
      expect.objectContaining({ inForce: true, consentId: id }),
    );

    const occurred = await intake.call('POST', `/intake/consents/${id}/expiry-event`, CASE_MANAGER, {});
    expect(occurred).toEqual({ status: 200, body: { id, version: 2 } });
    await intake.projectionsCaughtUp();
    expect((await intake.call('POST', IN_FORCE, CASE_MANAGER, asked)).body).toEqual(
      // The read model keeps no words of the consent: the event is named, not quoted.
      expect.objectContaining({ inForce: false, reason: expect.stringContaining('its expiry event') }),
    );
    expect((await intake.call('POST', `/intake/consents/${consentId}/expiry-event`, CASE_MANAGER, {})).status).toBe(
      422,
    );
  });

  it('still folds and answers after the client’s key is shredded, with the personal data gone', async () => {
    await intake.vault.shred('county-a', CLIENT);
    const read = await intake.call('GET', `/intake/consents/${consentId}`, CASE_MANAGER);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(
      expect.objectContaining({
        personal: null,
        revocation: expect.objectContaining({ method: 'written', reason: null }),
      }),
    );
    expect(await intake.undocumented('GET', '/intake/consents/{id}', read.body)).toEqual([]);
    const earlier = new Date(signedAt.getTime() + 10 * 60_000).toISOString();
    expect(
      (await intake.call('POST', IN_FORCE, CASE_MANAGER, inForceBody({ recipientOrganizationId: HARBOR, at: earlier })))
        .body,
    ).toEqual(expect.objectContaining({ inForce: true }));
  });
});
