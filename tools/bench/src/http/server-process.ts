import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  /** The URL the server's ready line named. */
  readonly url: string;
  readonly pid: number;
  /** Calls `listener` with each later line the server writes to its standard output. */
  onLine(listener: (line: string) => void): void;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript server in its own process, so that load generator and server do not share an event loop,
 * and waits for its ready line: `LISTENING <url>` unless `ready` says otherwise (its first group is the URL).
 */
export function startServerProcess(
  script: string,
  env: NodeJS.ProcessEnv = {},
  options: { readonly ready?: RegExp; readonly timeoutMs?: number; readonly nodeFlags?: readonly string[] } = {},
): Promise<ServerProcess> {
  const ready = options.ready ?? /^LISTENING (\S+)/;
  const timeoutMs = options.timeoutMs ?? 60_000;
  // BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of each server process there when it stops.
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...profile,
      ...(options.nodeFlags ?? []),
      require.resolve('ts-node/dist/bin.js'),
      '--transpile-only',
      '-r',
      'tsconfig-paths/register',
      script,
    ],
    { env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.base.json', ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => void stop().then(() => reject(new Error(`${script} did not start in time`))),
      timeoutMs,
    );
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    const listeners: ((line: string) => void)[] = [];
    let listening = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (listening) {
        for (const listener of listeners) listener(line);
        return;
      }
      const match = ready.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        listening = true;
        resolve({ url: match[1], pid: child.pid ?? -1, onLine: (listener) => void listeners.push(listener), stop });
      }
    });
  });
}
