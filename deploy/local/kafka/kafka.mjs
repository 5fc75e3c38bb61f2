#!/usr/bin/env node
// Local Apache Kafka broker (3.9.x, single-node KRaft broker+controller) for machines without a container engine.
//
// Library:  const broker = await startKafkaBroker({ log }); ...; await broker.stop();
// CLI:      node deploy/local/kafka/kafka.mjs start|stop|status     (npm run kafka:start / kafka:stop)
//
// The jars come from Maven Central (deploy/local/kafka/pom.xml) into <repo>/.cache/kafka/<version>/libs, once.
// Each start gets a fresh run folder (<repo>/.cache/kafka/run-<port>/: server.properties, data, logs) that stop
// removes. Processes are only ever signalled by the pid this launcher recorded, never looked up by name.
// Kafka stays on 3.9.x: kafkajs 2.2.4 speaks protocol versions that Kafka 4 removed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { cacheDir, ensureKafkaJars, KAFKA_VERSION, relative, run } from './kafka-jars.mjs';
import { isAlive, isOurBroker, residentMemoryMiB, signal, terminate } from './processes.mjs';

export { ensureKafkaJars, isAlive, KAFKA_VERSION, residentMemoryMiB };

const here = path.dirname(fileURLToPath(import.meta.url));
const log4jFile = path.join(here, 'log4j.properties');
/** Written by the CLI `start`, read by the CLI `stop` / `status`. */
export const CLI_STATE_FILE = path.join(cacheDir, 'cli-broker.json');

const READY_TIMEOUT_MS = 60_000;
// A small, quickly started JVM: serial GC, and C1 only (TieredStopAtLevel=1), which measured ~4.5 s instead of
// ~6 s to "answering" and ~30 MiB less resident memory on 2 busy cores; C2's peak throughput is not needed in tests.
const JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

// ---------------------------------------------------------------------------------------------------------------
// Broker

/** Two distinct free ports on 127.0.0.1 (held open together so they differ). */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (Kafka's Uuid avoids a leading '-'). */
export function newClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function serverProperties({ port, controllerPort, dataDir }) {
  return [
    '# Written by deploy/local/kafka/kafka.mjs: single-node KRaft, combined broker + controller.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    `log.dirs=${dataDir}`,
    'num.partitions=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'auto.create.topics.enable=true',
    'delete.topic.enable=true',
    'offsets.topic.replication.factor=1',
    // Fewer internal partitions: the first consumer group / transaction creates these topics, faster when small.
    'offsets.topic.num.partitions=3',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=3',
    'group.initial.rebalance.delay.ms=0',
    'log.segment.bytes=16777216',
    'log.retention.hours=24',
    'log.retention.check.interval.ms=300000',
    'num.network.threads=2',
    'num.io.threads=4',
    'num.recovery.threads.per.data.dir=1',
    'background.threads=4',
    'socket.request.max.bytes=104857600',
    '',
  ].join('\n');
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${path.basename(file)})`;
  }
}

function brokerLogTail(runDir) {
  return [
    `--- ${path.join(runDir, 'server.log')} (tail) ---`,
    tail(path.join(runDir, 'server.log')),
    `--- ${path.join(runDir, 'broker.out')} (tail) ---`,
    tail(path.join(runDir, 'broker.out'), 20),
  ].join('\n');
}

/** Resolves once a kafkajs admin client gets cluster metadata listing at least one broker. */
async function waitUntilAnswering(brokers, { pid, timeoutMs = READY_TIMEOUT_MS }) {
  const { default: kafkajs } = await import('kafkajs');
  const kafka = new kafkajs.Kafka({
    clientId: 'local-kafka-launcher',
    brokers: [brokers],
    logLevel: kafkajs.logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 5_000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no attempt yet';
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw new Error(`the broker process (pid ${pid}) exited during startup`);
    const admin = kafka.admin({ retry: { retries: 0 } });
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0) return cluster;
      lastError = 'metadata lists no broker yet';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await sleep(250);
  }
  throw new Error(`the broker did not answer at ${brokers} within ${timeoutMs / 1000} s (last error: ${lastError})`);
}

/**
 * Keeps a library-started broker from outliving the process that started it (a test run killed before its
 * teardown): a tiny shell loop that, once `ownerPid` is gone, terminates the broker by its pid and removes the run
 * folder. It exits by itself when the broker stops first.
 */
function spawnOwnerWatchdog({ ownerPid, brokerPid, runDir }) {
  const script = [
    `while kill -0 ${ownerPid} 2>/dev/null && kill -0 ${brokerPid} 2>/dev/null; do sleep 1; done`,
    `if kill -0 ${brokerPid} 2>/dev/null; then`,
    `  kill -TERM ${brokerPid} 2>/dev/null`,
    `  i=0; while kill -0 ${brokerPid} 2>/dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done`,
    `  kill -KILL ${brokerPid} 2>/dev/null`,
    `  sleep 0.5; rm -rf '${runDir.replaceAll("'", "'\\''")}'`,
    'fi',
  ].join('\n');
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
  return child.pid;
}

async function launch({ port, controllerPort, libs, log, announce }) {
  const brokers = `127.0.0.1:${port}`;
  const runDir = path.join(cacheDir, `run-${port}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, 'data'), { recursive: true });
  const propsFile = path.join(runDir, 'server.properties');
  fs.writeFileSync(propsFile, serverProperties({ port, controllerPort, dataDir: path.join(runDir, 'data') }));

  const classpath = path.join(libs, '*');
  const jvm = [
    ...JVM_OPTIONS,
    `-Dkafka.logs.dir=${runDir}`,
    `-Dlog4j.configuration=${pathToFileURL(log4jFile).href}`,
    '-cp',
    classpath,
  ];

  const clusterId = newClusterId();
  try {
    await run(
      javaBin(),
      [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile, '--ignore-formatted'],
      {
        cwd: runDir,
      },
    );
  } catch (error) {
    fs.rmSync(runDir, { recursive: true, force: true });
    throw new Error(`Kafka: formatting the broker storage failed: ${error.message}`);
  }

  const out = fs.openSync(path.join(runDir, 'broker.out'), 'a');
  let child;
  try {
    child = spawn(javaBin(), [...jvm, 'kafka.Kafka', propsFile], {
      cwd: runDir,
      detached: true,
      stdio: ['ignore', out, out],
    });
  } finally {
    fs.closeSync(out);
  }
  const spawnError = await new Promise((resolve) => {
    child.once('error', resolve);
    child.once('spawn', () => resolve(undefined));
  });
  if (spawnError) throw new Error(`could not start ${javaBin()}: ${spawnError.message} (is Java 17+ installed?)`);
  child.unref();
  const pid = child.pid;
  fs.writeFileSync(path.join(runDir, 'broker.pid'), `${pid}\n`);
  const state = {
    brokers,
    pid,
    runDir,
    version: KAFKA_VERSION,
    clusterId,
    controllerPort,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(runDir, 'broker.json'), JSON.stringify(state, null, 2));
  if (announce) log(`Kafka: started broker ${KAFKA_VERSION} (pid ${pid}) on ${brokers}, waiting for it to answer...`);
  return state;
}

/**
 * Starts a local single-node KRaft Kafka broker and waits until it answers.
 * @param {{ log?: (line: string) => void, announce?: boolean, port?: number, stopWithProcess?: number | false }} [options]
 *   log: progress lines (jar download, failures with the broker log tail); announce: also log the start and the
 *   "answering" line (default true); port: broker port (default: a free one); stopWithProcess: pid whose death also
 *   stops the broker (default: this process; false for a broker that outlives it, as the CLI does).
 * @returns {Promise<{ brokers: string, pid: number, runDir: string, version: string, startMs: number, stop: () => Promise<void> }>}
 */
export async function startKafkaBroker({
  log = console.log,
  announce = true,
  port,
  stopWithProcess = process.pid,
} = {}) {
  const libs = await ensureKafkaJars({ log });
  const attempts = port ? 1 : 2; // a picked port can be taken between probing and binding: pick again once
  for (let attempt = 1; ; attempt++) {
    const [brokerPort, controllerPort] = port
      ? [port, (await freePorts(2)).find((p) => p !== port)]
      : await freePorts(2);
    const started = Date.now();
    const state = await launch({ port: brokerPort, controllerPort, libs, log, announce });
    const handle = { ...state, startMs: 0, stop: () => stopKafkaBroker(handle) };
    if (stopWithProcess) {
      handle.watchdogPid = spawnOwnerWatchdog({
        ownerPid: stopWithProcess,
        brokerPid: state.pid,
        runDir: state.runDir,
      });
    }
    try {
      await waitUntilAnswering(state.brokers, { pid: state.pid });
      handle.startMs = Date.now() - started;
      const rss = residentMemoryMiB(state.pid);
      if (announce) {
        log(
          `Kafka: broker ${KAFKA_VERSION} answering at ${state.brokers} (pid ${state.pid}) after ${(handle.startMs / 1000).toFixed(1)} s${rss ? `, RSS ${rss} MiB` : ''}`,
        );
      }
      return handle;
    } catch (error) {
      const logs = brokerLogTail(state.runDir);
      const portClash = /Address already in use|BindException/.test(logs);
      await stopKafkaBroker(handle, { keepRunDir: false });
      if (portClash && attempt < attempts) {
        log(`Kafka: port ${brokerPort} or ${controllerPort} was taken meanwhile; retrying with other ports`);
        continue;
      }
      log(`Kafka: broker failed to start: ${error.message}\n${logs}`);
      throw new Error(`Kafka: local broker failed to start: ${error.message}`);
    }
  }
}

/**
 * Stops a broker started by startKafkaBroker (or described by a state file): SIGTERM to its pid, SIGKILL after
 * ~15 s, then removes its run folder.
 * @param {{ pid: number, runDir: string, watchdogPid?: number }} handle
 */
export async function stopKafkaBroker(handle, { log = () => {}, keepRunDir = false } = {}) {
  if (!handle) return;
  const { pid, runDir, watchdogPid } = handle;
  if (watchdogPid && isAlive(watchdogPid)) signal(watchdogPid, 'SIGTERM');
  if (runDir && isOurBroker(pid, runDir)) await terminate(pid, { log });
  else if (!runDir && isAlive(pid)) await terminate(pid, { log });
  if (runDir && !keepRunDir && path.basename(runDir).startsWith('run-'))
    fs.rmSync(runDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

function readCliState() {
  try {
    return JSON.parse(fs.readFileSync(CLI_STATE_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

async function cli(command) {
  const log = (line) => console.error(line); // progress on stderr; stdout carries only KAFKA_BROKERS=...
  switch (command) {
    case 'start': {
      const existing = readCliState();
      if (existing && isOurBroker(existing.pid, existing.runDir)) {
        log(`Kafka: already running (pid ${existing.pid}); stop it with: npm run kafka:stop`);
        console.log(`KAFKA_BROKERS=${existing.brokers}`);
        return 0;
      }
      if (existing) fs.rmSync(CLI_STATE_FILE, { force: true });
      const port = process.env.KAFKA_PORT ? Number(process.env.KAFKA_PORT) : undefined;
      if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
        throw new Error(`KAFKA_PORT must be a TCP port, got '${process.env.KAFKA_PORT}'`);
      }
      const broker = await startKafkaBroker({ log, port, stopWithProcess: false });
      const { stop: _stop, ...state } = broker;
      fs.writeFileSync(CLI_STATE_FILE, JSON.stringify(state, null, 2));
      log(`Kafka: left running; stop it with: npm run kafka:stop`);
      console.log(`KAFKA_BROKERS=${broker.brokers}`);
      return 0;
    }
    case 'stop': {
      const state = readCliState();
      if (!state) {
        log(`Kafka: no broker started by 'kafka.mjs start' (${relative(CLI_STATE_FILE)} not found)`);
        return 0;
      }
      const running = isOurBroker(state.pid, state.runDir);
      const started = Date.now();
      await stopKafkaBroker(state, { log });
      fs.rmSync(CLI_STATE_FILE, { force: true });
      log(
        running
          ? `Kafka: stopped broker pid ${state.pid} (${state.brokers}) in ${((Date.now() - started) / 1000).toFixed(1)} s`
          : `Kafka: broker pid ${state.pid} was not running; cleaned up`,
      );
      return 0;
    }
    case 'status': {
      const state = readCliState();
      if (!state || !isOurBroker(state.pid, state.runDir)) {
        console.log('Kafka: not running');
        return 1;
      }
      const rss = residentMemoryMiB(state.pid);
      console.log(
        `Kafka: ${state.version} running at ${state.brokers} (pid ${state.pid}${rss ? `, RSS ${rss} MiB` : ''}, run folder ${relative(state.runDir)})`,
      );
      console.log(`KAFKA_BROKERS=${state.brokers}`);
      return 0;
    }
    default:
      console.error(
        'usage: node deploy/local/kafka/kafka.mjs start|stop|status   (KAFKA_PORT=<port> fixes the broker port)',
      );
      return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv[2]).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
