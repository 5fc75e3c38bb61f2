import { randomBytes } from 'node:crypto';
import { carePlanService, type ProgramSettings } from '@casemgmt/care-plan';
import { startTestHost, type TestCaller, type TestHost } from '@casemgmt/host/testing';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { REFERRAL_CONTRACT } from '@casemgmt/referral';

/** The agency's time zone in care plan's specs. */
export const TIME_ZONE = 'America/Los_Angeles';

/**
 * Intake and care plan on one host, with case manager cm-1 of team-north registered and a client (Rosa) to open
 * cases for; with Kafka brokers, intake relays to its topic and care plan reads it back from there. Care plan is
 * given referral's contract as the apps give it, so referral's events appended to the store reach its worklist.
 */
export async function startIntakeAndCarePlan(options: {
  readonly name: string;
  readonly clientId: string;
  readonly tenant?: string;
  readonly kafkaBrokers?: readonly string[];
  readonly consumer?: string;
  /** The agency's time zone, when not `TIME_ZONE`. */
  readonly timeZone?: string;
  /** Programs whose deadlines differ from the default. */
  readonly programs?: Readonly<Record<string, ProgramSettings>>;
  /** The agency's holidays (`YYYY-MM-DD`). */
  readonly holidays?: readonly string[];
}): Promise<TestHost> {
  // One key for both, as one deployment has: the client's key intake seals with is the one care plan seals with.
  const personalDataMasterKey = randomBytes(32).toString('base64');
  const timeZone = options.timeZone ?? TIME_ZONE;
  const host = await startTestHost({
    name: options.name,
    database: options.name.replace(/-/g, '_'),
    ...(options.kafkaBrokers ? { kafkaBrokers: options.kafkaBrokers } : {}),
    services: [
      intakeService({ caseloadLimit: 3, timeZone, personalDataMasterKey }),
      carePlanService({
        consumes: [INTAKE_CONTRACT, REFERRAL_CONTRACT],
        personalDataMasterKey,
        settings: { timeZone, holidays: options.holidays ?? [], programs: options.programs ?? {} },
        ...(options.consumer ? { consumer: options.consumer } : {}),
      }),
    ],
  });
  const tenant = options.tenant ? { tenant: options.tenant } : {};
  const admin: TestCaller = { roles: ['admin'], sub: 'registry-admin', ...tenant };
  const worker = await host.call('PUT', '/intake/workers/cm-1', admin, {
    displayName: 'Worker cm-1',
    teamId: 'team-north',
    roles: ['case_manager'],
  });
  expect(worker.status).toBe(200);
  const intakeWorker: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north', ...tenant };
  const client = await host.call('POST', '/intake/clients', intakeWorker, {
    clientId: options.clientId,
    givenName: 'Rosa',
    familyName: 'Delgado',
    dateOfBirth: '1979-11-02',
    preferredLanguage: 'es',
  });
  expect(client.status).toBe(201);
  return host;
}

/** Opens a case of team-north in intake (the default program), and assigns it when a case manager is given. */
export async function openCase(
  host: TestHost,
  options: {
    readonly caseId: string;
    readonly clientId: string;
    readonly priority: string;
    readonly caseManagerId?: string;
    readonly tenant?: string;
  },
): Promise<void> {
  const { caseId, clientId, priority, caseManagerId } = options;
  const tenant = options.tenant ? { tenant: options.tenant } : {};
  const intake: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north', ...tenant };
  const supervisor: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north', ...tenant };
  const opened = await host.call('POST', '/intake/cases', intake, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority,
    referralSource: { kind: 'self' },
    teamId: 'team-north',
  });
  expect(opened.status).toBe(201);
  if (!caseManagerId) return;
  expect((await host.call('POST', `/intake/cases/${caseId}/assignment`, supervisor, { caseManagerId })).status).toBe(
    200,
  );
}
