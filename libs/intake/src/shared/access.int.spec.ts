import { Logger } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';
import { accessLogStreamId, caseloadStreamId, intakeStreamId } from './intake-streams';

// Who may reach clients, consents and cases, and what the access log records (DESIGN §8, ADR 0012).
const INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-1' };
const OTHER_INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-2' };
const SUP_NORTH: IntakeCaller = { roles: ['supervisor'], sub: 'sup-n', team: 'team-north' };
const SUP_SOUTH: IntakeCaller = { roles: ['supervisor'], sub: 'sup-s', team: 'team-south' };
const CM_NORTH: IntakeCaller = { roles: ['case_manager'], sub: 'cm-n' };
const CM_SOUTH: IntakeCaller = { roles: ['case_manager'], sub: 'cm-s' };
const AUDITOR: IntakeCaller = { roles: ['auditor'], sub: 'aud-1' };
const PARTNER: IntakeCaller = { roles: ['provider_partner'], sub: 'partner-1' };
// A small agency's worker: intake and case management in one token, case manager named first.
const DUAL: IntakeCaller = { roles: ['case_manager', 'intake_worker'], sub: 'dual-1', team: 'team-north' };
const COUNTY_B: IntakeCaller = { roles: ['intake_worker', 'case_manager'], sub: 'iw-b', tenant: 'county-b' };

const ANA = '0190f3a0-aaaa-7000-8000-000000000001';
const BEN = '0190f3a0-aaaa-7000-8000-000000000002';
const CARL = '0190f3a0-aaaa-7000-8000-000000000003';
const DORA = '0190f3a0-aaaa-7000-8000-000000000004';
const ELSA_B = '0190f3a0-aaaa-7000-8000-000000000005';
const EVA = '0190f3a0-aaaa-7000-8000-000000000006';
const FAY = '0190f3a0-aaaa-7000-8000-000000000007';
const NOBODY = '0190f3a0-aaaa-7000-8000-000000000099';
const CASE_ANA = '0190f3a0-bbbb-7000-8000-000000000001';
const CASE_BEN = '0190f3a0-bbbb-7000-8000-000000000002';
const CASE_CARL = '0190f3a0-bbbb-7000-8000-000000000003';
const CASE_DORA = '0190f3a0-bbbb-7000-8000-000000000004';
const CASE_EVA = '0190f3a0-bbbb-7000-8000-000000000006';
const CASE_FAY = '0190f3a0-bbbb-7000-8000-000000000007';
const NO_CASE = '0190f3a0-bbbb-7000-8000-000000000099';

const person = (clientId: string, givenName: string, familyName: string, dateOfBirth: string) => ({
  clientId,
  givenName,
  familyName,
  dateOfBirth,
  identifiers: [{ system: 'medicaid', value: `MC${clientId.slice(-4)}` }],
  preferredLanguage: 'en',
});
const caseFor = (caseId: string, clientId: string, teamId = 'team-north') => ({
  caseId,
  clientId,
  programId: 'adult-behavioral-health',
  priority: 'routine',
  referralSource: { kind: 'self' },
  teamId,
});
const consentFor = (clientId: string, caseId?: string) => ({
  clientId,
  ...(caseId ? { caseId } : {}),
  discloser: { kind: 'program', name: 'County Outpatient SUD Program' },
  information: { categories: ['substance_use_disorder'], description: 'Assessment and treatment plan' },
  recipients: [{ kind: 'named', name: 'Harbor Clinic', organizationId: 'org-harbor' }],
  purpose: ['treatment'],
  rightToRevokeAcknowledged: true,
  expiry: { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
  signedAt: new Date(Date.now() - 60_000).toISOString(),
  signedBy: 'patient',
  personal: { signatureName: 'Ana Oyelaran' },
});
const IN_FORCE = '/intake/consents/in-force';
const inForce = (clientId: string) => ({
  clientId,
  category: 'substance_use_disorder',
  purpose: 'treatment',
  recipientOrganizationId: 'org-harbor',
});
const phq9 = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('access to clients, consents and cases', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;

  const accessLog = async (tenantId: string, key: string) => {
    try {
      return await intake.rawStore.readStream(accessLogStreamId(tenantId, key));
    } catch {
      return [];
    }
  };
  const refusals = async (key: string) =>
    (await accessLog('county-a', key)).filter((event) => event.type === 'RecordAccessRefused');
  const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>, status = 201) => {
    const { status: got, body } = await answer;
    expect({ got, body }).toMatchObject({ got: status });
    return body;
  };

  beforeAll(async () => {
    database = await createTestDatabase('intake_access');
    intake = await startIntakeTestApp(database.url, { caseloadLimit: 10 });
    for (const workerId of ['cm-n', 'cm-x']) await intake.registerWorker({ workerId, teamId: 'team-north' });
    await ok(intake.call('POST', '/intake/clients', INTAKE, person(ANA, 'Ana', 'Oyelaran', '1971-03-09')));
    await ok(intake.call('POST', '/intake/clients', INTAKE, person(BEN, 'Benedikt', 'Marchetti', '1988-10-30')));
    await ok(intake.call('POST', '/intake/clients', INTAKE, person(CARL, 'Carl', 'Ibekwe', '1969-01-17')));
    await ok(intake.call('POST', '/intake/cases', INTAKE, caseFor(CASE_ANA, ANA)));
    await ok(intake.call('POST', '/intake/cases', INTAKE, caseFor(CASE_BEN, BEN)));
    await ok(intake.call('POST', `/intake/cases/${CASE_ANA}/assignment`, SUP_NORTH, { caseManagerId: 'cm-n' }), 200);
    await ok(intake.call('POST', `/intake/cases/${CASE_BEN}/assignment`, SUP_NORTH, { caseManagerId: 'cm-n' }), 200);
    await intake.projectionsCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  describe('clients and consents, through the client’s cases', () => {
    it('lets the people working a case of the client read it, and nobody else but admins and auditors', async () => {
      for (const caller of [CM_NORTH, SUP_NORTH, AUDITOR, { roles: ['admin'] as const, sub: 'admin-1' }]) {
        expect({
          caller: caller.sub,
          status: (await intake.call('GET', `/intake/clients/${ANA}`, caller)).status,
        }).toEqual({ caller: caller.sub, status: 200 });
      }
      // Intake lets go once the client's case is assigned.
      for (const caller of [CM_SOUTH, SUP_SOUTH, INTAKE]) {
        const answer = await intake.call('GET', `/intake/clients/${ANA}`, caller);
        expect({ caller: caller.sub, answer }).toMatchObject({
          caller: caller.sub,
          answer: { status: 404, body: { error: 'INTAKE.CLIENT_NOT_FOUND' } },
        });
      }
    });

    it('limits a search to the clients in the caller’s scope', async () => {
      const ids = async (caller: IntakeCaller) =>
        (
          (await intake.call('POST', '/intake/clients/search', caller, { name: 'oyelaran' })).body['clients'] as {
            clientId: string;
          }[]
        ).map((client) => client.clientId);
      expect(await ids(CM_NORTH)).toEqual([ANA]);
      expect(await ids(CM_SOUTH)).toEqual([]);
      expect(await ids(INTAKE)).toEqual([]);
    });

    it('refuses a case manager of another caseload a correction, a consent and the in-force answer', async () => {
      const correction = await intake.call('PATCH', `/intake/clients/${ANA}`, CM_SOUTH, {
        changes: { preferredLanguage: 'fr' },
        reason: 'asked by the client',
        expectedVersion: 1,
      });
      expect(correction).toMatchObject({ status: 404, body: { error: 'INTAKE.CLIENT_NOT_FOUND' } });

      const consent = await intake.call('POST', '/intake/consents', CM_SOUTH, consentFor(ANA));
      expect(consent).toMatchObject({ status: 404, body: { error: 'INTAKE.CLIENT_NOT_FOUND' } });
      expect(await intake.call('POST', IN_FORCE, CM_SOUTH, inForce(ANA))).toMatchObject({
        status: 404,
        body: { error: 'INTAKE.CLIENT_NOT_FOUND' },
      });

      // The case manager of the client's case records one, and then only the people in scope see it.
      const recorded = await ok(intake.call('POST', '/intake/consents', CM_NORTH, consentFor(ANA, CASE_ANA)));
      await intake.projectionsCaughtUp();
      expect((await intake.call('POST', IN_FORCE, CM_NORTH, inForce(ANA))).body).toMatchObject({ inForce: true });
      expect((await intake.call('POST', IN_FORCE, CM_SOUTH, inForce(ANA))).status).toBe(404);
      expect((await intake.call('GET', `/intake/consents/${String(recorded['id'])}`, CM_SOUTH)).body).toMatchObject({
        error: 'INTAKE.CONSENT_NOT_FOUND',
      });
      expect((await intake.call('GET', `/intake/clients/${ANA}/consents`, CM_SOUTH)).status).toBe(404);
      const revoke = await intake.call('POST', `/intake/consents/${String(recorded['id'])}/revoke`, CM_SOUTH, {
        method: 'written',
      });
      expect(revoke).toMatchObject({ status: 404, body: { error: 'INTAKE.CONSENT_NOT_FOUND' } });
    });

    it('records a consent only for a registered client, with a case of that client', async () => {
      expect(await intake.call('POST', '/intake/consents', CM_NORTH, consentFor(NOBODY))).toMatchObject({
        status: 404,
        body: { error: 'INTAKE.CLIENT_NOT_FOUND' },
      });
      expect(await intake.call('POST', '/intake/consents', CM_NORTH, consentFor(ANA, NO_CASE))).toMatchObject({
        status: 404,
        body: { error: 'INTAKE.CASE_NOT_FOUND' },
      });
      expect(await intake.call('POST', '/intake/consents', CM_NORTH, consentFor(ANA, CASE_BEN))).toMatchObject({
        status: 400,
        body: { error: 'INTAKE.CONSENT_CASE_OF_ANOTHER_CLIENT', details: { element: 'caseId', caseId: CASE_BEN } },
      });
    });

    it('answers a duplicate check with masked candidates only, across the whole agency', async () => {
      const check = await intake.call('POST', '/intake/clients/duplicate-check', OTHER_INTAKE, {
        givenName: 'Ana',
        familyName: 'Oyelaran',
        dateOfBirth: '1971-03-09',
      });
      expect(check.status).toBe(200);
      expect(check.body['candidates']).toEqual([
        {
          clientId: ANA,
          score: 1,
          matchedOn: ['givenName', 'familyName', 'dateOfBirth'],
          initials: 'A. O.',
          birthYear: 1971,
        },
      ]);
      const refused = await intake.call('POST', '/intake/clients', OTHER_INTAKE, {
        ...person('0190f3a0-aaaa-7000-8000-0000000000a1', 'Ana', 'Oyelaran', '1971-03-09'),
        identifiers: [],
      });
      expect(refused).toMatchObject({ status: 409, body: { error: 'INTAKE.POSSIBLE_DUPLICATE' } });
      const shown = JSON.stringify(refused.body);
      for (const text of ['Oyelaran', '1971-03-09', 'MC0001']) expect(shown).not.toContain(text);
    });
  });

  describe('a case read as of a moment', () => {
    it('checks access against the case as it stands now, not as it stood then', async () => {
      await ok(intake.call('POST', '/intake/cases', INTAKE, caseFor(CASE_CARL, CARL)));
      await pause(20);
      const beforeAssignment = new Date().toISOString();
      await pause(20);
      await ok(intake.call('POST', `/intake/cases/${CASE_CARL}/assignment`, SUP_NORTH, { caseManagerId: 'cm-n' }), 200);
      const asOf = (at: string) => `/intake/cases/${CASE_CARL}?asOf=${encodeURIComponent(at)}`;

      // Unassigned back then, so any intake worker could have read it; assigned now, so not this one.
      expect(await intake.call('GET', asOf(beforeAssignment), OTHER_INTAKE)).toMatchObject({
        status: 404,
        body: { error: 'INTAKE.CASE_NOT_FOUND' },
      });
      expect((await intake.call('GET', asOf(beforeAssignment), CM_NORTH)).body).toMatchObject({ caseManagerId: null });

      await pause(20);
      const whileAssigned = new Date().toISOString();
      await pause(20);
      await ok(intake.call('POST', `/intake/cases/${CASE_CARL}/assignment`, SUP_NORTH, { caseManagerId: 'cm-x' }), 200);
      // Taken off the case: cm-n reads it neither now nor as it stood while it was theirs.
      expect((await intake.call('GET', `/intake/cases/${CASE_CARL}`, CM_NORTH)).status).toBe(404);
      expect((await intake.call('GET', asOf(whileAssigned), CM_NORTH)).status).toBe(404);
      expect((await intake.call('GET', asOf(whileAssigned), AUDITOR)).body).toMatchObject({ caseManagerId: 'cm-n' });
    });
  });

  describe('a worker with several roles', () => {
    it('is allowed what any of their roles allows, and the event records the role that allowed it', async () => {
      await ok(intake.call('POST', '/intake/clients', DUAL, person(DORA, 'Dora', 'Lindqvist', '1993-05-21')));
      await ok(intake.call('POST', '/intake/cases', DUAL, caseFor(CASE_DORA, DORA)));
      // Not assigned to them as case manager, but theirs as the intake worker who opened it.
      const screened = await intake.call('POST', `/intake/cases/${CASE_DORA}/screenings`, DUAL, {
        instrument: 'PHQ-9',
        answers: phq9,
      });
      expect(screened.status).toBe(201);
      const events = await intake.rawStore.readStream(intakeStreamId('case', CASE_DORA));
      expect(events.map((event) => [event.type, event.metadata.actor.role])).toEqual([
        ['CaseOpened', 'case_manager'],
        ['ScreeningScored', 'intake_worker'],
      ]);
    });
  });

  describe('assignment and transfer under several roles', () => {
    // One team claim per token: each held role is judged in its own scope, and the events record the one that allowed.
    const SUP_AND_INTAKE: IntakeCaller = { roles: ['supervisor', 'intake_worker'], sub: 'sup-n2', team: 'team-north' };
    const SUP_AND_ADMIN: IntakeCaller = { roles: ['supervisor', 'admin'], sub: 'sup-n3', team: 'team-north' };

    it('allows what one role allows in its own scope, never one role’s reach with another’s permission', async () => {
      await intake.registerWorker({ workerId: 'cm-s2', teamId: 'team-south' });
      await ok(intake.call('POST', '/intake/clients', INTAKE, person(EVA, 'Eva', 'Halvorsen', '1990-02-14')));
      await ok(intake.call('POST', '/intake/cases', INTAKE, caseFor(CASE_EVA, EVA, 'team-south')));
      const assign = (caller: IntakeCaller, body: Record<string, unknown>) =>
        intake.call('POST', `/intake/cases/${CASE_EVA}/assignment`, caller, body);

      // The intake role reads every team's unassigned queue but assigns its own team's; the supervisor role does not
      // reach team-south. Neither assigns the case.
      expect(await assign(SUP_AND_INTAKE, { caseManagerId: 'cm-s2' })).toMatchObject({
        status: 403,
        body: { error: 'INTAKE.ASSIGNMENT_FORBIDDEN' },
      });
      // The admin role reaches team-south, but only a supervisor's role answers for an override.
      expect(
        await assign(SUP_AND_ADMIN, { caseManagerId: 'cm-s2', override: { reason: 'covering leave' } }),
      ).toMatchObject({ status: 403, body: { error: 'INTAKE.OVERRIDE_NOT_ALLOWED', details: { role: 'admin' } } });
      await ok(assign(SUP_AND_ADMIN, { caseManagerId: 'cm-s2' }), 200);
      // Into their own team, on the word of their supervisor role; then assigned there under it.
      await ok(
        intake.call('POST', `/intake/cases/${CASE_EVA}/transfer`, SUP_AND_INTAKE, {
          toTeamId: 'team-north',
          reason: 'Moved north',
        }),
        200,
      );
      await ok(assign(SUP_AND_INTAKE, { caseManagerId: 'cm-x' }), 200);

      const events = await intake.rawStore.readStream(intakeStreamId('case', CASE_EVA));
      expect(events.map((event) => [event.type, event.metadata.actor.id, event.metadata.actor.role])).toEqual([
        ['CaseOpened', 'iw-1', 'intake_worker'],
        ['CaseAssigned', 'sup-n3', 'admin'],
        ['CaseTransferred', 'sup-n2', 'supervisor'],
        ['CaseAssigned', 'sup-n2', 'supervisor'],
      ]);
      const [slot] = await intake.rawStore.readStream(caseloadStreamId('county-a', 'cm-s2'));
      expect(slot).toMatchObject({ type: 'CaseSlotTaken', metadata: { actor: { id: 'sup-n3', role: 'admin' } } });
    });

    it('records the slot a closing gives back under the role that allowed the closing', async () => {
      // Supervisor of team north and case manager of a team-south case: only the case-manager role closes it.
      const SUP_AND_CM: IntakeCaller = { roles: ['supervisor', 'case_manager'], sub: 'cm-s2', team: 'team-north' };
      await ok(intake.call('POST', '/intake/clients', INTAKE, person(FAY, 'Fay', 'Okonkwo', '1985-07-03')));
      await ok(intake.call('POST', '/intake/cases', INTAKE, caseFor(CASE_FAY, FAY, 'team-south')));
      await ok(
        intake.call('POST', `/intake/cases/${CASE_FAY}/assignment`, SUP_AND_ADMIN, { caseManagerId: 'cm-s2' }),
        200,
      );
      await ok(
        intake.call('POST', `/intake/cases/${CASE_FAY}/close`, SUP_AND_CM, {
          reason: 'Goals met',
          outcome: 'goals_met',
        }),
        200,
      );
      const closed = (await intake.rawStore.readStream(intakeStreamId('case', CASE_FAY))).at(-1);
      expect(closed).toMatchObject({ type: 'CaseClosed', metadata: { actor: { id: 'cm-s2', role: 'case_manager' } } });
      const released = (await intake.rawStore.readStream(caseloadStreamId('county-a', 'cm-s2'))).at(-1);
      expect(released).toMatchObject({
        type: 'CaseSlotReleased',
        data: { caseId: CASE_FAY, reason: 'closed' },
        metadata: { actor: { id: 'cm-s2', role: 'case_manager' } },
      });
    });
  });

  describe('the access log', () => {
    it('records the role that granted a read, not the first the token names', async () => {
      expect((await intake.call('GET', `/intake/cases/${CASE_DORA}`, DUAL)).status).toBe(200);
      const reads = (await accessLog('county-a', DORA)).filter((event) => event.type === 'RecordAccessed');
      expect(reads.at(-1)).toMatchObject({
        data: { subject: 'case', subjectId: CASE_DORA, view: 'GET /intake/cases/{id}', role: 'intake_worker' },
        metadata: { actor: { id: 'dual-1', role: 'intake_worker' }, caseId: CASE_DORA },
      });
    });

    it('records requests refused with 404 and 403, with the caller and the route but no URL', async () => {
      expect((await intake.call('GET', `/intake/cases/${CASE_ANA}`, CM_SOUTH)).status).toBe(404);
      expect(await refusals(CASE_ANA)).toEqual([
        expect.objectContaining({
          data: {
            subject: 'case',
            subjectId: CASE_ANA,
            view: 'GET /intake/cases/{id}',
            status: 404,
            error: 'INTAKE.CASE_NOT_FOUND',
            roles: ['case_manager'],
          },
          metadata: expect.objectContaining({
            tenantId: 'county-a',
            actor: { id: 'cm-s', role: 'none' },
            caseId: CASE_ANA,
          }),
        }),
      ]);

      expect((await intake.call('GET', `/intake/clients/${ANA}`, PARTNER)).status).toBe(403);
      expect((await refusals(ANA)).map((event) => event.data)).toContainEqual({
        subject: 'client',
        subjectId: ANA,
        view: 'GET /intake/clients/{id}',
        status: 403,
        error: 'FORBIDDEN_ROLE',
        roles: ['provider_partner'],
      });
      const searched = await intake.call('POST', '/intake/clients/search', PARTNER, { name: 'oyelaran' });
      expect(searched.status).toBe(403);
      expect((await refusals('unnamed')).map((event) => event.data['view'])).toContain('POST /intake/clients/search');
    });

    it('logs a 401 without a tenant to file it under, naming the route only', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn');
      try {
        const before = await refusals(CASE_ANA);
        const answer = await intake.app.inject({ method: 'GET', url: `/intake/cases/${CASE_ANA}` });
        expect(answer.statusCode).toBe(401);
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({
            msg: 'refused an unauthenticated request',
            view: 'GET /intake/cases/{id}',
            status: 401,
          }),
        );
        expect(JSON.stringify(warn.mock.calls)).not.toContain(CASE_ANA);
        expect(await refusals(CASE_ANA)).toHaveLength(before.length);
      } finally {
        warn.mockRestore();
      }
    });
  });

  describe('another tenant', () => {
    it('reads a case of this tenant as missing, whatever version it sends', async () => {
      const screening = await intake.call('POST', `/intake/cases/${CASE_ANA}/screenings`, COUNTY_B, {
        instrument: 'PHQ-9',
        answers: phq9,
        expectedVersion: 7,
      });
      expect(screening).toMatchObject({ status: 404, body: { error: 'INTAKE.CASE_NOT_FOUND' } });
      expect(JSON.stringify(screening.body)).not.toMatch(/actualVersion|county-a/);
    });

    it('cannot take the id of this tenant’s case, and is told neither the tenant nor its version', async () => {
      await ok(intake.call('POST', '/intake/clients', COUNTY_B, person(ELSA_B, 'Elsa', 'Brandt', '1980-12-01')));
      const taken = await intake.call('POST', '/intake/cases', COUNTY_B, caseFor(CASE_ANA, ELSA_B));
      expect(taken).toMatchObject({ status: 409, body: { error: 'EVENT_STORE.TENANT_MISMATCH' } });
      expect(JSON.stringify(taken.body)).not.toMatch(/county-a|actualVersion|streamTenantId/);
    });
  });
});
