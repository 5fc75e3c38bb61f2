// The broker's processes, only ever signalled by the pid the launcher recorded, never looked up by name.
import fs from 'node:fs';

const STOP_TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while `pid` is a live (not zombie) process. */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  try {
    // "pid (comm) S ..." — a zombie has exited and only waits to be reaped by its parent.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no procfs (not Linux): trust kill(0)
  }
}

/** Guards against signalling a recycled pid: on Linux the process must still be our broker for this run folder. */
export function isOurBroker(pid, runDir) {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('kafka.Kafka') && cmdline.includes(runDir);
  } catch {
    return true;
  }
}

/** Resident memory of a process in MiB (Linux), or undefined. */
export function residentMemoryMiB(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGTERM, up to STOP_TIMEOUT_MS for Kafka's controlled shutdown, then SIGKILL. */
export async function terminate(pid, { log = () => {}, timeoutMs = STOP_TIMEOUT_MS } = {}) {
  if (!isAlive(pid)) return;
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return;
  log(`Kafka: broker pid ${pid} still running ${timeoutMs / 1000} s after SIGTERM; sending SIGKILL`);
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}
