import { startInfrastructure } from './infrastructure.mjs';

// Runs once per jest run of an integration or end-to-end tier. When the run was started by `npm test`, the
// addresses are already in the environment and nothing is started here.
export default async function globalSetup() {
  const log = (line) => process.stdout.write(`\n[test infrastructure] ${line}`);
  globalThis.__casemgmtInfrastructure = await startInfrastructure({ log });
  process.stdout.write('\n');
}
