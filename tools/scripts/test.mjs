// `npm test`: every tier of every project. Static checks and unit tests first; then PostgreSQL and Kafka are
// resolved once (environment, container, or local launchers) and shared by the integration and end-to-end tiers.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startInfrastructure } from '../../libs/platform/testing/src/infra/infrastructure.mjs';

const resultsDir = '.cache/test-results';
const started = Date.now();
const log = (line) => console.log(`[npm test] ${line}`);

function nx(targets, parallel) {
  log(`nx run-many -t ${targets.join(' ')}`);
  const result = spawnSync('npx', ['nx', 'run-many', '-t', ...targets, `--parallel=${parallel}`, '--outputStyle=stream'], {
    stdio: 'inherit',
    // Read at call time: the infrastructure's addresses are added to process.env on the way.
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  return result.status === 0;
}

rmSync(resultsDir, { recursive: true, force: true });
let ok = nx(['lint', 'typecheck', 'test-unit'], 2);
if (ok) {
  const infrastructure = await startInfrastructure({ log: (line) => log(`test infrastructure: ${line}`) });
  try {
    ok = nx(['test-int'], 1) && nx(['test-e2e'], 1);
  } finally {
    await infrastructure.stop();
  }
}

const totals = { passed: 0, failed: 0, skipped: 0, suites: 0 };
const failures = [];
for (const file of existsSync(resultsDir) ? readdirSync(resultsDir) : []) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  for (const suite of report.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.every((test) => test.status !== 'failed'))
      failures.push(`${suite.name}: ${firstLines(suite.message)}`);
    for (const test of suite.assertionResults.filter((each) => each.status === 'failed'))
      failures.push(`${suite.name} › ${test.fullName}: ${firstLines(test.failureMessages.join('\n'))}`);
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  totals.suites += report.numTotalTestSuites;
}
// Repeated at the end, where a truncated CI log still shows them.
for (const failure of failures) log(`FAILED ${failure}`);
log(`${totals.suites} suites in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);

function firstLines(text) {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter(Boolean).slice(0, 6).join(' | ');
}
