import { randomBytes, randomUUID } from 'node:crypto';
import { carePlanService } from '@casemgmt/care-plan';
import { startTestHost, type TestCaller, type TestHost } from '@casemgmt/host/testing';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { brokerList } from '@casemgmt/messaging';
import { waitFor } from '@casemgmt/testing';

// The distributed path on one host: intake relays its events to its topic and care plan reads them back from Kafka.
// The topic outlives a run on a broker other suites share, so this run has a tenant, ids and a consumer group of its
// own, and care plan reads the rest of the topic's history without it touching this run's case.
const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const TENANT = `county-${RUN}`;
const INTAKE: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north', tenant: TENANT };
const SUPERVISOR: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north', tenant: TENANT };
const CM_1: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north', tenant: TENANT };
const CM_2: TestCaller = { roles: ['case_manager'], sub: 'cm-2', team: 'team-north', tenant: TENANT };

describe('care plan’s view of intake’s cases over Kafka', () => {
  let host: TestHost;
  const caseId = randomUUID();
  const clientId = randomUUID();

  const statusOf = async (): Promise<unknown> =>
    (
      await host.pool.query('SELECT status FROM care_plan.cases WHERE tenant_id = $1 AND case_id = $2', [
        TENANT,
        caseId,
      ])
    ).rows[0]?.['status'];

  beforeAll(async () => {
    host = await startTestHost({
      name: 'care-plan-kafka',
      database: 'care_plan_kafka',
      kafkaBrokers: brokerList(process.env['KAFKA_BROKERS'] ?? ''),
      services: [
        intakeService({
          caseloadLimit: 3,
          timeZone: 'America/Los_Angeles',
          personalDataMasterKey: randomBytes(32).toString('base64'),
        }),
        carePlanService({ consumes: [INTAKE_CONTRACT], consumer: `care-plan-${RUN}` }),
      ],
    });
    const admin: TestCaller = { roles: ['admin'], sub: 'registry-admin', tenant: TENANT };
    const worker = await host.call('PUT', '/intake/workers/cm-1', admin, {
      displayName: 'Worker cm-1',
      teamId: 'team-north',
      roles: ['case_manager'],
    });
    expect(worker.status).toBe(200);
    const client = await host.call('POST', '/intake/clients', INTAKE, {
      clientId,
      givenName: 'Rosa',
      familyName: 'Delgado',
      dateOfBirth: '1979-11-02',
      preferredLanguage: 'es',
    });
    expect(client.status).toBe(201);
  }, 120_000);

  afterAll(() => host?.close());

  it('follows a case opened, assigned and closed in intake from intake’s topic', async () => {
    const opened = await host.call('POST', '/intake/cases', INTAKE, {
      caseId,
      clientId,
      programId: 'adult-behavioral-health',
      priority: 'emergency',
      referralSource: { kind: 'self' },
      teamId: 'team-north',
    });
    expect(opened.status).toBe(201);
    const assigned = await host.call('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, {
      caseManagerId: 'cm-1',
    });
    expect(assigned.status).toBe(200);
    await waitFor(
      'the assignment in care plan, from Kafka',
      async () => (await host.call('GET', `/care-plan/cases/${caseId}`, CM_1)).status === 200,
      60_000,
    );
    expect((await host.call('GET', `/care-plan/cases/${caseId}`, CM_1)).body).toMatchObject({
      caseId,
      program: 'adult-behavioral-health',
      priority: 'emergency',
      status: 'opened',
      caseManagerId: 'cm-1',
    });
    expect((await host.call('GET', `/care-plan/cases/${caseId}`, CM_2)).status).toBe(404);

    const closed = await host.call('POST', `/intake/cases/${caseId}/close`, SUPERVISOR, {
      reason: 'Moved away',
      outcome: 'other',
    });
    expect(closed.status).toBe(200);
    await waitFor('the closing in care plan, from Kafka', async () => (await statusOf()) === 'closed', 60_000);
  }, 150_000);
});
