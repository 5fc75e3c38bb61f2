import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signDevelopmentToken } from '@casemgmt/auth';
import { openApiAnswerProblems } from '@casemgmt/testing';
import { runCarePlanAuditFlow } from './e2e/care-plan-audit.flow';
import { runReferralAuditFlow } from './e2e/referral-audit.flow';
import { runIntakeAuditFlow } from './e2e/intake-audit.flow';

// The built all-in-one platform as a user runs it: no DATABASE_URL, so it starts and stops its own PostgreSQL.
const root = resolve(__dirname, '../../..');
const main = join(root, 'dist/apps/platform/apps/platform/src/main.js');
const aliases = join(root, 'dist/apps/platform/tools/runtime/register-aliases.js');

function startPlatform(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const { DATABASE_URL: _unset, ...rest } = process.env;
  const child = spawn(process.execPath, ['-r', aliases, main], { cwd: root, env: { ...rest, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitForListening(output: () => string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/[^ ]+) /.exec(output());
    if (match?.[1]) return match[1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`platform did not start:\n${output()}`);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolvePort(true)));
    socket.once('error', () => resolvePort(false));
  });
}

describe('all-in-one platform started without DATABASE_URL', () => {
  let dataDir: string;
  let platform: ReturnType<typeof startPlatform>;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'casemgmt-platform-'));
    // Run as root, PostgreSQL runs as the 'postgres' user, which must be able to enter the data folder.
    await chmod(dataDir, 0o755);
    platform = startPlatform({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'log' });
    baseUrl = await waitForListening(platform.output);
  }, 90_000);

  afterAll(async () => {
    if (platform.child.exitCode === null) {
      platform.child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('logs JSON lines and says that it started an embedded PostgreSQL', () => {
    const lines = platform.output().trim().split('\n');
    const parsed = lines.map((line) => JSON.parse(line) as { level: string; message: string });
    expect(parsed.some((l) => l.message.startsWith('DATABASE_URL is unset: embedded PostgreSQL started'))).toBe(true);
  });

  it('serves /health with the database up, without a token', async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI description at /docs, declaring bearer authentication', async () => {
    expect((await fetch(`${baseUrl}/docs`)).status).toBe(200);
    const document = (await (await fetch(`${baseUrl}/docs/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health', '/session', '/intake/clients', '/intake/cases', '/audit/verify']),
    );
    expect(document.components.securitySchemes['bearer']?.scheme).toBe('bearer');
  });

  it('answers 401 on every other route without a token, known or not', async () => {
    for (const path of ['/session', '/intake/cases', '/intake/clients', '/audit/verify']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });

  it('accepts a development token minted with the platform’s key and takes tenant and actor from it', async () => {
    const token = await signDevelopmentToken({
      keyFile: join(dataDir, 'dev-auth', 'signing-key.json'),
      sub: 'cm-17',
      tenant: 'county-a',
      roles: ['case_manager'],
    });
    const res = await fetch(`${baseUrl}/session?tenantId=county-a`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const session: unknown = await res.json();
    expect(session).toMatchObject({ tenantId: 'county-a', actor: { id: 'cm-17', roles: ['case_manager'] } });
    const document: unknown = await (await fetch(`${baseUrl}/docs/openapi.json`)).json();
    expect(openApiAnswerProblems(document, { method: 'GET', path: '/session' }, session)).toEqual([]);
    const other = await fetch(`${baseUrl}/session?tenantId=county-b`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(other.status).toBe(403);
  });

  it('runs the intake slice end to end in one process, the audit trail fed by the store subscription', async () => {
    await runIntakeAuditFlow({
      intakeUrl: baseUrl,
      auditUrl: baseUrl,
      keyFile: join(dataDir, 'dev-auth', 'signing-key.json'),
      tenant: 'county-a',
    });
  }, 90_000);

  it('carries a case from intake to care plan and into the audit trail in one process', async () => {
    await runCarePlanAuditFlow({
      intakeUrl: baseUrl,
      carePlanUrl: baseUrl,
      auditUrl: baseUrl,
      keyFile: join(dataDir, 'dev-auth', 'signing-key.json'),
      tenant: 'county-c',
    });
  }, 90_000);

  it('closes a referral’s loop in one process: consent asked of intake at the send, the partner, the audit trail', async () => {
    await runReferralAuditFlow({
      intakeUrl: baseUrl,
      directoryUrl: baseUrl,
      referralUrl: baseUrl,
      carePlanUrl: baseUrl,
      auditUrl: baseUrl,
      keyFile: join(dataDir, 'dev-auth', 'signing-key.json'),
      tenant: 'county-d',
    });
  }, 90_000);

  it('stops its embedded PostgreSQL when it is stopped', async () => {
    const pgPort = Number(/embedded PostgreSQL started at 127\.0\.0\.1:(\d+)/.exec(platform.output())?.[1]);
    expect(await portAnswers(pgPort)).toBe(true);
    platform.child.kill('SIGTERM');
    const [code] = await once(platform.child, 'close');
    expect(code).toBe(0);
    expect(await portAnswers(pgPort)).toBe(false);
  });
});

describe('platform environment validation', () => {
  it('refuses to start on a bad value and names the variable and the reason', async () => {
    const platform = startPlatform({ PORT: 'eighty', LOG_LEVEL: 'chatty', DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    const [code] = await once(platform.child, 'close');
    expect(code).toBe(1);
    expect(platform.output()).toContain('Invalid environment');
    expect(platform.output()).toMatch(/PORT: .*PORT must be an integer number/);
    expect(platform.output()).toMatch(/LOG_LEVEL: LOG_LEVEL must be one of the following values/);
  });

  it('refuses production without an OIDC provider or a database', async () => {
    const platform = startPlatform({ NODE_ENV: 'production' });
    const [code] = await once(platform.child, 'close');
    expect(code).toBe(1);
    expect(platform.output()).toMatch(/DATABASE_URL: /);
    expect(platform.output()).toMatch(/AUTH_JWKS_URL: /);
  });
});
