import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';

// The console in Debian's Chromium, headless, against the built platform started as `npm start` starts it (the
// console's build served at /), on a database of its own. Each screen is checked with axe-core (WCAG 2.1 A and AA)
// and photographed into .cache/screenshots/console, which git ignores. One console per spec file: each role's
// journeys run against a platform of their own.

const root = resolve(__dirname, '../../..');
const main = join(root, 'dist/apps/platform/apps/platform/src/main.js');
const aliases = join(root, 'dist/apps/platform/tools/runtime/register-aliases.js');
export const screenshots = join(root, '.cache/screenshots/console');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// As root, without the background-networking flags Chromium's own outgoing connections are refused, many at a time.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const TENANT = 'county-e2e';
export const TEAM = 'team-west';
export const CASE_MANAGER = 'cm-e2e';
/** The origin of a console deployed apart from the platform, which the platform under test lets call its API. */
export const SEPARATE_CONSOLE_ORIGIN = 'https://console.county.example';

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

export interface ApiAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Who signs in on the development sign-in page. */
export interface SignInAs {
  readonly role: 'case_manager' | 'supervisor' | 'intake_worker' | 'provider_partner' | 'auditor' | 'admin';
  readonly user: string;
  readonly team?: string;
  readonly organization?: string;
  /** Where to go after signing in; the role's home otherwise. */
  readonly next?: string;
}

/** A started platform with the console, a browser page on it, and the helpers the journeys share. */
export interface ConsoleUnderTest {
  readonly baseUrl: string;
  readonly page: Page;
  /** A development token from the platform's development sign-in, as the console gets one. */
  tokenFor(roles: string[], sub: string, org?: string): Promise<string>;
  /** An API call with a bearer token; the answer's JSON body (or {} when there is none). */
  call(method: string, path: string, token: string, body?: object): Promise<ApiAnswer>;
  /** Photographs the page as `name` and checks it with axe-core: no WCAG 2.1 A or AA violation. */
  screen(name: string): Promise<void>;
  /** Signs out (the session is the tab's) and signs in on the development sign-in page. */
  signIn(as: SignInAs): Promise<void>;
  stop(): Promise<void>;
}

function startPlatform(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['-r', aliases, main], { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitForListening(output: () => string, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/[^ ]+) /.exec(output());
    if (match?.[1]) return match[1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`platform did not start:\n${output()}`);
}

/** Probes until `probe` answers something other than undefined. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** WCAG 2.1 A and AA violations on the page as it is now, each with where it is. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the console's Content-Security-Policy stays on for the app itself.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: AxeViolation[] };
    return results.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Starts the built platform on a database of its own (`name` names the database) and a headless Chromium on it.
 * Call from `beforeAll`, and `stop()` from `afterAll`.
 */
export async function startConsole(name: string): Promise<ConsoleUnderTest> {
  const database: TestDatabase = await createTestDatabase(name);
  const dataDir = await mkdtemp(join(tmpdir(), 'casemgmt-console-'));
  let platform: ReturnType<typeof startPlatform> | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    if (platform && platform.child.exitCode === null) {
      const child = platform.child;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    return await started(
      database,
      dataDir,
      (p) => (platform = p),
      (b) => (browser = b),
      stop,
    );
  } catch (error) {
    await stop();
    throw error;
  }
}

async function started(
  database: TestDatabase,
  dataDir: string,
  onPlatform: (platform: ReturnType<typeof startPlatform>) => void,
  onBrowser: (browser: Browser) => void,
  stop: () => Promise<void>,
): Promise<ConsoleUnderTest> {
  await chmod(dataDir, 0o755);
  await mkdir(screenshots, { recursive: true });
  const platform = startPlatform({
    NODE_ENV: 'development',
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'log',
    // A console deployed on its own origin may call the API too (CORS).
    CONSOLE_ORIGINS: SEPARATE_CONSOLE_ORIGIN,
  });
  onPlatform(platform);
  const baseUrl = await waitForListening(platform.output);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  onBrowser(browser);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  const tokenFor = async (roles: string[], sub: string, org?: string): Promise<string> => {
    const res = await fetch(`${baseUrl}/auth/sign-in/development`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles, tenant: TENANT, sub, team: TEAM, ...(org ? { org } : {}) }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { token: string }).token;
  };

  const call = async (method: string, path: string, token: string, body?: object): Promise<ApiAnswer> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed as Record<string, unknown> };
  };

  const screen = async (screenName: string): Promise<void> => {
    await page.screenshot({ path: join(screenshots, `${screenName}.png`), fullPage: true });
    expect({ screen: screenName, violations: await axeViolations(page) }).toEqual({
      screen: screenName,
      violations: [],
    });
  };

  const signIn = async (as: SignInAs): Promise<void> => {
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in${as.next ? `?next=${encodeURIComponent(as.next)}` : ''}`);
    await page.getByLabel('Role').selectOption(as.role);
    await page.getByLabel('Tenant').fill(TENANT);
    if (as.team ?? (as.role === 'case_manager' || as.role === 'supervisor'))
      await page.getByLabel('Team').fill(as.team ?? TEAM);
    await page.getByLabel('User id').fill(as.user);
    if (as.organization) await page.getByLabel('Organisation').fill(as.organization);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  };

  return { baseUrl, page, tokenFor, call, screen, signIn, stop };
}
