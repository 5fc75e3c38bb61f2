// `npm run bench [suite ...]`: resolves PostgreSQL (and Kafka) the way the tests do, then runs the TypeScript
// benchmark with the addresses in its environment.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startInfrastructure } from '../../libs/platform/testing/src/infra/infrastructure.mjs';

const require = createRequire(import.meta.url);
const infrastructure = await startInfrastructure({ kafka: process.env.BENCH_KAFKA !== 'false', log: (l) => console.log(l) });
const child = spawn(
  process.execPath,
  [require.resolve('ts-node/dist/bin.js'), '--transpile-only', '-r', 'tsconfig-paths/register', 'tools/bench/src/main.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.base.json' } },
);
const code = await new Promise((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
await infrastructure.stop();
process.exit(code);
