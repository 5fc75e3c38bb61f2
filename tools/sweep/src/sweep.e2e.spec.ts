import { resolve } from 'node:path';
import { linesContaining, startPlatform, type PlatformProcess } from './platform-process';
import { MARKER_STEM } from './requests';
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

  it('writes none of the values it sent to the logs', () => {
    expect(platform.output()).toContain('listening on');
    expect(linesContaining(platform.output(), MARKER_STEM)).toEqual([]);
  });
});
