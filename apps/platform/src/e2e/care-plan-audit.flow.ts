import { randomUUID } from 'node:crypto';
import { apiCaller, eventually, pause, type Caller, type Json, type Method } from './api-caller';

// Intake → care plan → audit, run the same way against the distributed services and the all-in-one platform: a
// case opened and assigned in intake reaches care plan; the case manager writes a plan, a supervisor approves
// version 2, the case manager then adds a goal (version 3, awaiting re-approval) and logs a contact. The auditor
// sees care plan's events in the case's timeline, replays the plans as of before and after the change with care
// plan's own evolve, and the chain verifies.

export interface CarePlanFlowTargets {
  readonly intakeUrl: string;
  readonly carePlanUrl: string;
  readonly auditUrl: string;
  /** The development key every service verifies tokens with. */
  readonly keyFile: string;
  readonly tenant: string;
}

const INTAKE_WORKER: Caller = { roles: ['intake_worker'], sub: 'iw-8', team: 'team-west' };
const SUPERVISOR: Caller = { roles: ['supervisor'], sub: 'sup-8', team: 'team-west' };
const CASE_MANAGER: Caller = { roles: ['case_manager'], sub: 'cm-8', team: 'team-west' };
const AUDITOR: Caller = { roles: ['auditor'], sub: 'aud-8' };
const ADMIN: Caller = { roles: ['admin'], sub: 'adm-8' };

export async function runCarePlanAuditFlow(targets: CarePlanFlowTargets): Promise<void> {
  const call = apiCaller(targets.keyFile, targets.tenant);
  const intake = (method: Method, path: string, caller: Caller, body?: object) =>
    call(targets.intakeUrl, method, path, caller, body);
  const carePlan = (method: Method, path: string, caller: Caller, body?: object) =>
    call(targets.carePlanUrl, method, path, caller, body);
  const audit = (path: string) => call(targets.auditUrl, 'GET', path, AUDITOR);

  expect(
    (
      await intake('PUT', `/intake/workers/${CASE_MANAGER.sub}`, ADMIN, {
        displayName: 'Case manager 8',
        teamId: 'team-west',
        roles: ['case_manager'],
      })
    ).status,
  ).toBe(200);
  const clientId = randomUUID();
  expect(
    (
      await intake('POST', '/intake/clients', INTAKE_WORKER, {
        clientId,
        givenName: 'Amara',
        familyName: 'Okonkwo-Lind',
        dateOfBirth: '1988-02-09',
        preferredLanguage: 'en',
      })
    ).status,
  ).toBe(201);
  const caseId = randomUUID();
  const opened = await intake('POST', '/intake/cases', INTAKE_WORKER, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'urgent',
    referralSource: { kind: 'self' },
  });
  expect(opened.status).toBe(201);
  expect(
    (await intake('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, { caseManagerId: CASE_MANAGER.sub }))
      .status,
  ).toBe(200);
  expect((await intake('POST', `/intake/cases/${caseId}/needs`, CASE_MANAGER, { need: 'housing' })).status).toBe(201);

  // Care plan follows intake asynchronously (Kafka, or the store's subscription).
  await eventually('the case, assigned and with its need, in care plan', async () => {
    const view = await carePlan('GET', `/care-plan/cases/${caseId}`, CASE_MANAGER);
    const needs = (view.body['needs'] as string[] | undefined) ?? [];
    return view.status === 200 && needs.includes('housing') ? view : undefined;
  });

  const drafted = await carePlan('POST', `/care-plan/cases/${caseId}/plans`, CASE_MANAGER, {});
  expect(drafted.status).toBe(201);
  const planId = drafted.body['planId'] as string;
  const plan = (suffix: string) => `/care-plan/cases/${caseId}/plans/${planId}${suffix}`;
  const goal = await carePlan('POST', plan('/goals'), CASE_MANAGER, {
    needs: ['housing'],
    description: 'Tener mi propio apartamento',
    targetDate: '2027-01-31',
  });
  expect(goal.status).toBe(201);
  expect((await carePlan('POST', plan('/submission'), CASE_MANAGER, { version: 2 })).status).toBe(201);
  expect((await carePlan('POST', plan('/approval'), SUPERVISOR, { version: 2 })).status).toBe(201);
  await pause(30);
  const approvedAndUnchanged = new Date();
  await pause(30);
  expect(
    (
      await carePlan('POST', plan('/goals'), CASE_MANAGER, {
        needs: ['housing'],
        description: 'Keep up with rent',
        targetDate: '2027-03-31',
      })
    ).status,
  ).toBe(201);
  const contact = await carePlan('POST', `/care-plan/cases/${caseId}/contacts`, CASE_MANAGER, {
    kind: 'phone',
    occurredAt: new Date().toISOString(),
    durationMinutes: 20,
    participants: ['client'],
    notes: 'Talked through the housing application',
  });
  expect(contact.status).toBe(201);
  await pause(30);
  const afterChange = new Date();

  const expectedTypes = [
    'intake.CaseOpened.v1',
    'care-plan.CarePlanDrafted.v1',
    'care-plan.CarePlanApproved.v1',
    'care-plan.GoalAdded.v1',
    'care-plan.ContactRecorded.v1',
    'care-plan.RecordAccessed.v1',
  ];
  const timeline = await eventually('care plan’s events in the audit timeline', async () => {
    const answer = await audit(`/audit/cases/${caseId}/timeline`);
    const entries = (answer.body['entries'] as Json[] | undefined) ?? [];
    const types = new Set(entries.map((entry) => entry['type']));
    const goals = entries.filter((entry) => entry['type'] === 'care-plan.GoalAdded.v1').length;
    return expectedTypes.every((type) => types.has(type)) && goals === 2 ? entries : undefined;
  });
  expect(timeline.find((entry) => entry['type'] === 'care-plan.CarePlanApproved.v1')).toMatchObject({
    actor: { id: SUPERVISOR.sub, role: 'supervisor' },
  });

  const stateAt = async (at: Date) =>
    (await audit(`/audit/cases/${caseId}/state?asOf=${encodeURIComponent(at.toISOString())}`)).body;
  const whenApproved = await stateAt(approvedAndUnchanged);
  expect(whenApproved).toMatchObject({
    related: {
      carePlans: { state: { plans: [{ planId, status: 'active', version: 2, approvalStatus: 'approved' }] } },
      casework: null,
    },
  });
  const whenChanged = await stateAt(afterChange);
  expect(whenChanged).toMatchObject({
    related: {
      carePlans: {
        state: { plans: [{ planId, version: 3, approvalStatus: 'awaiting-re-approval', approved: { version: 2 } }] },
      },
      casework: { state: { contacts: [{ kind: 'phone', notes: null }] } },
    },
  });

  const verified = await audit('/audit/verify');
  expect(verified).toMatchObject({ status: 200, body: { valid: true } });
  // The trail keeps care plan's text sealed: it holds no key.
  expect(JSON.stringify(timeline)).not.toContain('apartamento');
  expect(JSON.stringify(whenChanged)).not.toContain('housing application');
}
