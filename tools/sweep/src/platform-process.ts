import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface PlatformProcess {
  readonly url: string;
  /** The development key the platform verifies tokens with. */
  readonly keyFile: string;
  /** Everything it wrote on stdout and stderr so far. */
  output(): string;
  running(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts the built all-in-one platform of the workspace at `root` as `npm start` does: its own embedded
 * PostgreSQL in a fresh data folder, listening on loopback on a free port.
 */
export async function startPlatform(root: string, timeoutMs = 90_000): Promise<PlatformProcess> {
  const main = join(resolve(root), 'dist/apps/platform/apps/platform/src/main.js');
  const aliases = join(resolve(root), 'dist/apps/platform/tools/runtime/register-aliases.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the platform first (npx nx build platform)`);
  const dataDir = await mkdtemp(join(tmpdir(), 'casemgmt-sweep-'));
  // PostgreSQL runs as its own user when started by root, and must be able to enter the data folder.
  await chmod(dataDir, 0o755);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', aliases, main], {
    cwd: resolve(root),
    env: { ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'log' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(force);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = /listening on (http:\/\/\S+) /.exec(output)?.[1];
    if (url) {
      return {
        url,
        keyFile: join(dataDir, 'dev-auth', 'signing-key.json'),
        output: () => output,
        running: () => child.exitCode === null && child.signalCode === null,
        stop,
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the platform did not start:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The lines of `output` that contain `stem`, ignoring case. */
export function linesContaining(output: string, stem: string): string[] {
  const needle = stem.toLowerCase();
  return output.split('\n').filter((line) => line.toLowerCase().includes(needle));
}
