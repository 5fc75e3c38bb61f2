import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { signDevelopmentToken, type Role } from '@casemgmt/auth';
import { linesContaining, startPlatform, type PlatformProcess } from './platform-process';
import { MARKER_STEM } from './valid-request';
import { runSweep, type Answer, type SweepReport } from './sweep';

// CI's sample of the malformed-request sweep (`npm run sweep` sends them all): the built all-in-one platform, every
// valid-shaped request as every role, every deep-nesting body, and a seeded sample of the other malformed requests.
const root = resolve(__dirname, '../../..');
const SAMPLE = 2_000;
const SEED = 20_261_203;

const named = (answers: readonly Answer[]) =>
  answers.map((a) => `${a.status} ${a.operation} ${a.family} (${a.caller})`);

describe('malformed-request sweep of the all-in-one platform, seeded sample', () => {
  let platform: PlatformProcess;
  let report: SweepReport;

  beforeAll(async () => {
    platform = await startPlatform(root);
    report = await runSweep({
      baseUrl: platform.url,
      keyFile: platform.keyFile,
      seed: SEED,
      maxRequests: SAMPLE,
      maxSeconds: 90,
      concurrency: 4,
    });
  }, 180_000);

  afterAll(() => platform?.stop());

  it('sends every operation of the OpenAPI document, within the sample size', () => {
    expect(report.operations).toBeGreaterThan(40);
    expect(report.stoppedEarly).toBe(false);
    expect(report.sent).toBe(report.planned);
    expect(report.sent).toBeLessThanOrEqual(SAMPLE);
  });

  it('answers none of them with a 5xx, and every one of them', () => {
    expect(named(report.serverErrors)).toEqual([]);
    expect(named(report.noAnswer)).toEqual([]);
  });

  it('stays healthy and takes a valid command afterwards, in the same process', () => {
    expect(report.afterwards).toEqual({
      healthStatus: 200,
      commands: { 'POST /intake/clients': 201, 'POST /intake/cases': 201 },
      ok: true,
    });
    expect(platform.running()).toBe(true);
  });

  it('answers 400 to the requests that answered 500, 404 or 200 before the input limits, whatever the sample', async () => {
    const send = async (role: Role, method: string, path: string, body?: string) => {
      const token = await signDevelopmentToken({
        keyFile: platform.keyFile,
        sub: `e2e-${role}`,
        tenant: 't',
        roles: [role],
      });
      const response = await fetch(`${platform.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body } : {}),
      });
      return { path, status: response.status, error: ((await response.json()) as { error?: string }).error };
    };
    const deep = `{"clientId":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const expectations = [
      [await send('intake_worker', 'POST', '/intake/cases', deep), 'JSON_TOO_DEEP'],
      [
        await send(
          'intake_worker',
          'POST',
          '/intake/cases',
          JSON.stringify({ clientId: randomUUID(), programId: 'p', priority: 'urgent' }),
        ),
        'VALIDATION_FAILED',
      ],
      [await send('case_manager', 'POST', `/intake/cases/${randomUUID()}/eligibility`, '{}'), 'VALIDATION_FAILED'],
      [
        await send('admin', 'POST', '/directory/organizations', '{"name":"x","email":"\\ud800@example.org"}'),
        'VALIDATION_FAILED',
      ],
      [
        await send(
          'admin',
          'POST',
          '/directory/organizations',
          `{"name":"x","phones":[${new Array(5_000).fill('{}')}]}`,
        ),
        'JSON_TOO_MANY_ITEMS',
      ],
      [await send('case_manager', 'GET', '/taxonomies?page=1e20'), 'VALIDATION_FAILED'],
      [await send('case_manager', 'GET', '/intake/consents/not-a-uuid'), 'VALIDATION_FAILED'],
      [await send('auditor', 'GET', '/audit/cases/not-a-uuid/timeline'), 'VALIDATION_FAILED'],
      [await send('case_manager', 'GET', '/taxonomies?search=Ro%00sa'), 'VALIDATION_FAILED'],
    ] as const;
    for (const [answer, error] of expectations) expect(answer).toEqual({ path: answer.path, status: 400, error });
  });

  it('writes none of the values it sent to the logs', () => {
    expect(platform.output()).toContain('listening on');
    expect(linesContaining(platform.output(), MARKER_STEM)).toEqual([]);
  });
});
