// `npm run sweep [-- options]`: starts the built all-in-one platform (or targets one on this machine) and sends every
// operation of its OpenAPI document a family of malformed requests as each role. Exit code 1 on any 5xx, any request
// left unanswered, a failed check afterwards, or a log line repeating a marker value.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { linesContaining, startPlatform, type PlatformProcess } from './platform-process';
import { renderReport } from './report';
import { MARKER_STEM } from './valid-request';
import { runSweep } from './sweep';

const USAGE = `usage: npm run sweep -- [options]

  --url <url>          target a platform already running on this machine (needs --key-file)
  --key-file <file>    the development key that platform verifies tokens with
  --root <folder>      workspace whose built platform to start (default: this one)
  --max-requests <n>   send at most n requests: all valid-shaped and deep-nesting ones, a seeded sample of the rest
  --seed <n>           seed of the sample and the order (default 1)
  --max-seconds <n>    stop sending after n seconds (default 900)
  --concurrency <n>    requests in flight (default 8)
  --skip-family <text> do not send the families whose name contains text (repeatable)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'key-file': { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      'max-requests': { type: 'string' },
      seed: { type: 'string', default: '1' },
      'max-seconds': { type: 'string', default: '900' },
      concurrency: { type: 'string', default: '8' },
      'skip-family': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const write = (line: string) => void process.stdout.write(`${line}\n`);
  if (values.help) {
    write(USAGE);
    return 0;
  }
  if (values.url && !values['key-file']) throw new Error('--url needs --key-file');

  let platform: PlatformProcess | undefined;
  if (!values.url) {
    write(`starting the platform built in ${resolve(values.root)} ...`);
    platform = await startPlatform(values.root);
  }
  try {
    const report = await runSweep({
      baseUrl: values.url ?? platform?.url ?? '',
      keyFile: values['key-file'] ?? platform?.keyFile ?? '',
      seed: Number(values.seed),
      maxSeconds: Number(values['max-seconds']),
      concurrency: Number(values.concurrency),
      skipFamilies: values['skip-family'],
      ...(values['max-requests'] ? { maxRequests: Number(values['max-requests']) } : {}),
      log: write,
    });
    const alive = platform ? platform.running() : true;
    const leaked = platform ? linesContaining(platform.output(), MARKER_STEM).length : 0;
    write(renderReport(report, leaked));
    if (!alive) write('the platform process has exited');
    const failed =
      report.serverErrors.length > 0 || report.noAnswer.length > 0 || !report.afterwards.ok || leaked > 0 || !alive;
    return failed ? 1 : 0;
  } finally {
    await platform?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sweep failed: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exit(2);
  },
);
