import { randomUUID } from 'node:crypto';
import { apiCaller, type Caller, type Json, type Method } from './api-caller';

// The first end-to-end slice, run the same way against the distributed services and the all-in-one platform:
// an intake worker registers a client, opens a case, a supervisor assigns it, the case manager scores a PHQ-9 with
// a safety flag, consent is recorded; the auditor then sees the timeline, the state as of before and after each
// step, and a chain that verifies.

export interface FlowTargets {
  readonly intakeUrl: string;
  readonly auditUrl: string;
  /** The development key both services verify tokens with. */
  readonly keyFile: string;
  readonly tenant: string;
}

const INTAKE_WORKER: Caller = { roles: ['intake_worker'], sub: 'iw-5', team: 'team-east' };
const SUPERVISOR: Caller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-east' };
const CASE_MANAGER: Caller = { roles: ['case_manager'], sub: 'cm-17', team: 'team-east' };
const AUDITOR: Caller = { roles: ['auditor'], sub: 'aud-1' };
const ADMIN: Caller = { roles: ['admin'], sub: 'adm-1' };

/** Time passes between steps, so that "as of" each boundary is unambiguous in recorded time. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

export async function runIntakeAuditFlow(targets: FlowTargets): Promise<void> {
  const call = apiCaller(targets.keyFile, targets.tenant);
  const intake = (method: Method, path: string, caller: Caller, body?: object) =>
    call(targets.intakeUrl, method, path, caller, body);
  const audit = (path: string) => call(targets.auditUrl, 'GET', path, AUDITOR);

  const boundaries: Date[] = [];
  const mark = async (): Promise<void> => {
    await tick();
    boundaries.push(new Date());
    await tick();
  };

  // Cases go to registered case managers of their team only.
  const registeredWorker = await intake('PUT', `/intake/workers/${CASE_MANAGER.sub}`, ADMIN, {
    displayName: 'Case manager 17',
    teamId: 'team-east',
    roles: ['case_manager'],
  });
  expect(registeredWorker.status).toBe(200);

  await mark(); // [0] before anything
  const clientId = randomUUID();
  const registered = await intake('POST', '/intake/clients', INTAKE_WORKER, {
    clientId,
    givenName: 'Rosa',
    familyName: 'Delgado-Marsh',
    dateOfBirth: '1979-06-14',
    preferredLanguage: 'es',
    identifiers: [{ system: 'medicaid', value: `MC${Date.now()}` }],
    contact: { phone: '+1-510-555-0134' },
  });
  expect(registered).toMatchObject({ status: 201, body: { id: clientId } });

  const caseId = randomUUID();
  const opened = await intake('POST', '/intake/cases', INTAKE_WORKER, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'urgent',
    referralSource: { kind: 'hospital', name: 'County General ED' },
  });
  expect(opened).toMatchObject({ status: 201, body: { id: caseId } });
  await mark(); // [1] opened, unassigned

  const assigned = await intake('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, {
    caseManagerId: CASE_MANAGER.sub,
  });
  expect(assigned.status).toBe(200);
  await mark(); // [2] assigned

  const screened = await intake('POST', `/intake/cases/${caseId}/screenings`, CASE_MANAGER, {
    instrument: 'PHQ-9',
    answers: { '1': 2, '2': 2, '3': 1, '4': 2, '5': 1, '6': 1, '7': 1, '8': 0, '9': 1 },
  });
  expect(screened.status).toBe(201);
  await mark(); // [3] screened, safety flag open

  const consentId = randomUUID();
  const consented = await intake('POST', '/intake/consents', CASE_MANAGER, {
    consentId,
    clientId,
    caseId,
    discloser: { kind: 'program', name: 'County Behavioral Health' },
    information: { categories: ['substance_use_disorder', 'mental_health'], description: 'Screening results' },
    recipients: [{ kind: 'named', name: 'Harbor House', organizationId: randomUUID() }],
    purpose: ['care_coordination'],
    purposeDescription: 'Coordinate housing and treatment',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: '2027-06-30' },
    signedAt: new Date().toISOString(),
    signedBy: 'patient',
    personal: { signatureName: 'Rosa Delgado-Marsh' },
  });
  expect(consented).toMatchObject({ status: 201, body: { id: consentId } });

  // A read of the case is itself on the record.
  expect((await intake('GET', `/intake/cases/${caseId}`, CASE_MANAGER)).status).toBe(200);

  // The audit trail follows asynchronously (Kafka or the store's subscription).
  const expectedTypes = [
    'intake.CaseOpened.v1',
    'intake.CaseAssigned.v1',
    'intake.ScreeningScored.v1',
    'intake.SafetyFlagRaised.v1',
    'intake.ConsentRecorded.v1',
    'intake.RecordAccessed.v1',
  ];
  const deadline = Date.now() + 30_000;
  let timeline: Json[] = [];
  for (;;) {
    const answer = await audit(`/audit/cases/${caseId}/timeline`);
    if (answer.status === 200) timeline = (answer.body['entries'] as Json[] | undefined) ?? [];
    const types = new Set(timeline.map((entry) => entry['type']));
    if (expectedTypes.every((type) => types.has(type))) break;
    if (Date.now() > deadline) {
      throw new Error(`audit timeline incomplete after 30 s: ${JSON.stringify([...types])}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const opening = timeline.find((entry) => entry['type'] === 'intake.CaseOpened.v1');
  expect(opening).toMatchObject({ actor: { id: INTAKE_WORKER.sub, role: 'intake_worker' } });
  expect(typeof opening?.['occurredAt']).toBe('string');
  expect(typeof opening?.['recordedAt']).toBe('string');
  expect(timeline.find((entry) => entry['type'] === 'intake.CaseAssigned.v1')).toMatchObject({
    actor: { id: SUPERVISOR.sub, role: 'supervisor' },
  });

  const stateAt = async (at: Date) =>
    audit(`/audit/cases/${caseId}/state?asOf=${encodeURIComponent(at.toISOString())}`);
  const [before, afterOpening, afterAssignment, afterScreening] = boundaries;
  expect((await stateAt(before as Date)).status).toBe(404);

  const whenOpened = (await stateAt(afterOpening as Date)).body;
  expect(whenOpened).toMatchObject({ caseId, state: { status: 'opened', priority: 'urgent' } });
  expect((whenOpened['state'] as Json)['caseManagerId'] ?? null).toBeNull();

  const whenAssigned = (await stateAt(afterAssignment as Date)).body;
  expect(whenAssigned).toMatchObject({ state: { caseManagerId: CASE_MANAGER.sub } });
  expect(JSON.stringify(whenAssigned['state'])).not.toContain('PHQ-9');

  const whenScreened = (await stateAt(afterScreening as Date)).body;
  expect(JSON.stringify(whenScreened['state'])).toContain('PHQ-9');
  expect(JSON.stringify(whenScreened['state'])).toContain('mental_health');

  const verified = await audit('/audit/verify');
  expect(verified).toMatchObject({ status: 200, body: { valid: true } });
  expect(Number(verified.body['entriesChecked'])).toBeGreaterThanOrEqual(expectedTypes.length);

  // Nobody but an auditor reads the trail, and the trail has no write route.
  const asCaseManager = await call(targets.auditUrl, 'GET', `/audit/cases/${caseId}/timeline`, CASE_MANAGER);
  expect(asCaseManager.status).toBe(403);
  // Personal data went to the trail sealed only.
  expect(JSON.stringify(timeline)).not.toContain('Delgado');
}
