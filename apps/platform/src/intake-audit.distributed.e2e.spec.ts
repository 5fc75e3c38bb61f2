import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { runCarePlanAuditFlow } from './e2e/care-plan-audit.flow';
import { runIntakeAuditFlow } from './e2e/intake-audit.flow';
import { runReferralAuditFlow } from './e2e/referral-audit.flow';

// The distributed shape: intake, care plan, referral, the provider directory and audit as built services, each in
// its own process with a database of its own, talking through the Kafka broker of the test infrastructure (and
// referral asking intake's HTTP API for the consent in force at a send).
const root = resolve(__dirname, '../../..');

interface Service {
  readonly child: ChildProcess;
  readonly output: () => string;
}

function startService(
  app: 'intake' | 'care-plan' | 'referral' | 'provider-directory' | 'audit',
  env: NodeJS.ProcessEnv,
): Service {
  const main = join(root, `dist/apps/${app}/apps/${app}/src/main.js`);
  const aliases = join(root, `dist/apps/${app}/tools/runtime/register-aliases.js`);
  const child = spawn(process.execPath, ['-r', aliases, main], { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function listeningUrl(service: Service, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/[^ ]+) /.exec(service.output());
    if (match?.[1]) return match[1];
    if (service.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`service did not start:\n${service.output()}`);
}

async function stop(service: Service | undefined): Promise<void> {
  if (!service || service.child.exitCode !== null) return;
  const closed = new Promise((r) => service.child.once('close', r));
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
  await closed;
  clearTimeout(timer);
}

describe('intake, care plan, referral, the directory and audit as separate services over Kafka', () => {
  let intakeDb: TestDatabase;
  let carePlanDb: TestDatabase;
  let referralDb: TestDatabase;
  let directoryDb: TestDatabase;
  let auditDb: TestDatabase;
  let dataDir: string;
  let intake: Service | undefined;
  let carePlan: Service | undefined;
  let referral: Service | undefined;
  let directory: Service | undefined;
  let audit: Service | undefined;
  let intakeUrl: string;
  let carePlanUrl: string;
  let referralUrl: string;
  let directoryUrl: string;
  let auditUrl: string;

  beforeAll(async () => {
    const brokers = process.env['KAFKA_BROKERS'];
    if (!brokers) throw new Error('KAFKA_BROKERS is unset: the e2e tier runs under the test infrastructure');
    intakeDb = await createTestDatabase('e2e_intake');
    carePlanDb = await createTestDatabase('e2e_care_plan');
    referralDb = await createTestDatabase('e2e_referral');
    directoryDb = await createTestDatabase('e2e_directory');
    auditDb = await createTestDatabase('e2e_audit');
    dataDir = await mkdtemp(join(tmpdir(), 'casemgmt-e2e-'));
    await chmod(dataDir, 0o755);
    const common = {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'log',
      KAFKA_BROKERS: brokers,
      AUTH_DEV_KEY_FILE: join(dataDir, 'signing-key.json'),
      // Intake and care plan seal a client's data under keys wrapped by the agency's one master key.
      PERSONAL_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
    };
    intake = startService('intake', { ...common, DATABASE_URL: intakeDb.url, DATA_DIR: join(dataDir, 'intake') });
    intakeUrl = await listeningUrl(intake);
    // The intake service created the development key; care plan and audit verify with the same one.
    carePlan = startService('care-plan', {
      ...common,
      DATABASE_URL: carePlanDb.url,
      DATA_DIR: join(dataDir, 'care-plan'),
    });
    audit = startService('audit', { ...common, DATABASE_URL: auditDb.url, DATA_DIR: join(dataDir, 'audit') });
    directory = startService('provider-directory', {
      ...common,
      DATABASE_URL: directoryDb.url,
      DATA_DIR: join(dataDir, 'provider-directory'),
    });
    // Referral asks intake, over HTTP with the caller's own token, for the consent in force at each send.
    referral = startService('referral', {
      ...common,
      DATABASE_URL: referralDb.url,
      DATA_DIR: join(dataDir, 'referral'),
      INTAKE_URL: intakeUrl,
    });
    carePlanUrl = await listeningUrl(carePlan);
    auditUrl = await listeningUrl(audit);
    directoryUrl = await listeningUrl(directory);
    referralUrl = await listeningUrl(referral);
  }, 120_000);

  afterAll(async () => {
    await stop(intake);
    await stop(carePlan);
    await stop(referral);
    await stop(directory);
    await stop(audit);
    await intakeDb?.drop();
    await carePlanDb?.drop();
    await referralDb?.drop();
    await directoryDb?.drop();
    await auditDb?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('registers, opens, assigns, screens and records consent; the auditor replays each step and verifies the chain', async () => {
    await runIntakeAuditFlow({
      intakeUrl,
      auditUrl,
      keyFile: join(dataDir, 'signing-key.json'),
      tenant: `county-${randomUUID().slice(0, 8)}`,
    });
  }, 120_000);

  it('carries a case from intake to care plan; the auditor replays its plans as approved and as changed since', async () => {
    await runCarePlanAuditFlow({
      intakeUrl,
      carePlanUrl,
      auditUrl,
      keyFile: join(dataDir, 'signing-key.json'),
      tenant: `county-${randomUUID().slice(0, 8)}`,
    });
  }, 120_000);

  it('closes a referral’s loop across services: consent asked of intake at the send, the partner, the audit trail', async () => {
    await runReferralAuditFlow({
      intakeUrl,
      directoryUrl,
      referralUrl,
      carePlanUrl,
      auditUrl,
      keyFile: join(dataDir, 'signing-key.json'),
      tenant: `county-${randomUUID().slice(0, 8)}`,
    });
  }, 120_000);

  it('keeps each service on its own database: none holds another’s tables', async () => {
    const { Pool } = await import('pg');
    const intakePool = new Pool({ connectionString: intakeDb.url, max: 1 });
    const auditPool = new Pool({ connectionString: auditDb.url, max: 1 });
    const carePlanPool = new Pool({ connectionString: carePlanDb.url, max: 1 });
    try {
      const schemas = async (pool: InstanceType<typeof Pool>) =>
        (await pool.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace')).rows.map((r) => r.name);
      expect(await schemas(intakePool)).toEqual(expect.arrayContaining(['intake', 'event_store', 'personal_data']));
      expect(await schemas(intakePool)).not.toContain('audit');
      expect(await schemas(auditPool)).toContain('audit');
      expect(await schemas(auditPool)).not.toContain('intake');
      expect(await schemas(carePlanPool)).toEqual(expect.arrayContaining(['care_plan', 'event_store']));
      expect(await schemas(carePlanPool)).not.toContain('intake');
      expect(await schemas(carePlanPool)).not.toContain('audit');
    } finally {
      await intakePool.end();
      await auditPool.end();
      await carePlanPool.end();
    }
  });
});
