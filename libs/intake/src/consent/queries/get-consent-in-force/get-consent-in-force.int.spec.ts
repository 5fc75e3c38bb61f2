import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { INTAKE_PROJECTION_RUNNER } from '../../../intake.module';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../../../testing/intake-test-app';

const WORKER: IntakeCaller = { roles: ['intake_worker'], sub: 'worker-1' };
const CASE_MANAGER: IntakeCaller = { roles: ['case_manager'], sub: 'cm-1' };
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-1' };
const CLIENT = '0190f3a0-6666-7000-8000-000000000001';
const CASE_ID = '0190f3a0-6666-7000-8000-0000000000ca';
const HARBOR = 'org-harbor-clinic';
const IN_FORCE = '/intake/consents/in-force';

const consentForm = (expiry: object) => ({
  clientId: CLIENT,
  discloser: { kind: 'program', name: 'County Outpatient SUD Program' },
  information: { categories: ['demographics', 'housing'], description: 'Contact details and housing situation' },
  recipients: [{ kind: 'named', name: 'Harbor Clinic', organizationId: HARBOR }],
  purpose: ['referral'],
  rightToRevokeAcknowledged: true,
  expiry,
  signedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
  signedBy: 'patient',
  personal: { signatureName: 'Amara Okonkwo-Reyes' },
});
const asked = { clientId: CLIENT, recipientOrganizationId: HARBOR, category: 'housing', purpose: 'referral' };

// Stopping intake's projections holds the read model where it stands: what follows is answered before it could
// have seen the change, however fast it usually is.
describe('the in-force answer against a read model that has not caught up', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;

  beforeAll(async () => {
    database = await createTestDatabase('intake_consent_in_force');
    intake = await startIntakeTestApp(database.url);
    const client = await intake.call('POST', '/intake/clients', WORKER, {
      clientId: CLIENT,
      givenName: 'Amara',
      familyName: 'Okonkwo-Reyes',
      dateOfBirth: '1987-06-03',
      preferredLanguage: 'en',
    });
    expect(client.status).toBe(201);
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

  const recordConsent = async (expiry: object): Promise<string> => {
    const recorded = await intake.call('POST', '/intake/consents', CASE_MANAGER, consentForm(expiry));
    expect(recorded.status).toBe(201);
    return String(recorded.body['id']);
  };
  const readModelRow = async (consentId: string) => {
    const { rows } = await intake.pool.query<{ revoked_at: Date | null; expiry_event_occurred_at: Date | null }>(
      'SELECT revoked_at, expiry_event_occurred_at FROM intake.consent_directive WHERE consent_id = $1',
      [consentId],
    );
    return rows[0];
  };
  const runner = () => intake.app.get<{ start(): void; stop(): Promise<void> }>(INTAKE_PROJECTION_RUNNER);

  it('answers not in force, naming the revocation, right after a revocation the read model has not seen', async () => {
    const consentId = await recordConsent({ kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` });
    await intake.projectionsCaughtUp();
    expect((await intake.call('POST', IN_FORCE, CASE_MANAGER, asked)).body).toEqual(
      expect.objectContaining({ inForce: true, consentId }),
    );

    await runner().stop();
    try {
      const revoked = await intake.call('POST', `/intake/consents/${consentId}/revoke`, CASE_MANAGER, {
        method: 'oral',
      });
      expect(revoked).toEqual({ status: 200, body: { id: consentId, version: 2 } });
      const answer = await intake.call('POST', IN_FORCE, CASE_MANAGER, asked);

      expect(await readModelRow(consentId)).toEqual({ revoked_at: null, expiry_event_occurred_at: null });
      expect(answer).toEqual({
        status: 200,
        body: { inForce: false, consentId, reason: expect.stringContaining('revoked at') },
      });
    } finally {
      runner().start();
    }
    await intake.projectionsCaughtUp();
  });

  it('answers not in force right after an expiry event the read model has not seen', async () => {
    const consentId = await recordConsent({ kind: 'event', event: 'discharge from the program' });
    await intake.projectionsCaughtUp();
    expect((await intake.call('POST', IN_FORCE, CASE_MANAGER, asked)).body).toEqual(
      expect.objectContaining({ inForce: true, consentId }),
    );

    await runner().stop();
    try {
      const ended = await intake.call('POST', `/intake/consents/${consentId}/expiry-event`, CASE_MANAGER, {});
      expect(ended.status).toBe(200);
      const answer = await intake.call('POST', IN_FORCE, CASE_MANAGER, asked);

      expect(await readModelRow(consentId)).toEqual({ revoked_at: null, expiry_event_occurred_at: null });
      expect(answer.body).toEqual(
        expect.objectContaining({ inForce: false, reason: expect.stringContaining('expired') }),
      );
    } finally {
      runner().start();
    }
  });

  it('does not count a consent the read model has not seen yet', async () => {
    await runner().stop();
    try {
      await recordConsent({ kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` });
      const answer = await intake.call('POST', IN_FORCE, CASE_MANAGER, asked);
      expect(answer.body).toEqual(expect.objectContaining({ inForce: false }));
    } finally {
      runner().start();
    }
    await intake.projectionsCaughtUp();
    expect((await intake.call('POST', IN_FORCE, CASE_MANAGER, asked)).body).toEqual(
      expect.objectContaining({ inForce: true }),
    );
  });
});
