import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { createPostgresEventStore, type PostgresEventStore } from '@casemgmt/event-store';
import { consumeN, createTestDatabase, waitFor, type TestDatabase } from '@casemgmt/testing';
import { topicOf } from '../contracts/service-contract';
import { createKafkajsTransport } from '../kafkajs/kafkajs.transport';
import { SILENT_MESSAGING_LOGGER } from '../messaging.logger';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { caseOpened, sampleContractFor, sampleMetadata, uniqueService } from '../spec-fixtures/intake-sample.fixture';
import { KafkaRelay } from './kafka.relay';

// This suite needs a broker of its own, stopped and started again on the same port with the same data. The launcher
// (an ES module, driven from a child node process as in libs/platform/testing) starts the first one; it has no
// "start again in a kept run folder" (each start wipes and formats run-<port>/), so the restart runs the same java
// command on the kept folder here. ~320 MiB and ~5 s per start: keep this the only test of its kind.
const launcher = path.resolve(__dirname, '../../../../../deploy/local/kafka/kafka.mjs');
const log4jFile = path.join(path.dirname(launcher), 'log4j.properties');
const JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
];

interface OwnBroker {
  brokers: string;
  pid: number;
  runDir: string;
  libs: string;
  watchdogPid?: number;
}

async function startOwnBroker(): Promise<OwnBroker> {
  const script = `
    import { startKafkaBroker, ensureKafkaJars } from ${JSON.stringify(launcher)};
    const broker = await startKafkaBroker({ log: () => {}, announce: false, stopWithProcess: ${process.pid} });
    const libs = await ensureKafkaJars({ log: () => {} });
    console.log(JSON.stringify({ brokers: broker.brokers, pid: broker.pid, runDir: broker.runDir, watchdogPid: broker.watchdogPid, libs }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.dirname(launcher),
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as OwnBroker;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function terminate(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 20_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** Starts the broker again from its kept run folder: same server.properties (ports), same data, same cluster id. */
function restartBroker(broker: OwnBroker): { pid: number; watchdogPid: number | undefined } {
  const out = fs.openSync(path.join(broker.runDir, 'broker.out'), 'a');
  const child = spawn(
    process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin', 'java') : 'java',
    [
      ...JVM_OPTIONS,
      `-Dkafka.logs.dir=${broker.runDir}`,
      `-Dlog4j.configuration=${pathToFileURL(log4jFile).href}`,
      '-cp',
      path.join(broker.libs, '*'),
      'kafka.Kafka',
      path.join(broker.runDir, 'server.properties'),
    ],
    { cwd: broker.runDir, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  child.unref();
  const pid = child.pid!;
  // As the launcher does: should this jest worker die first, the broker does not outlive it.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${pid} 2>/dev/null; do sleep 1; done; kill -TERM ${pid} 2>/dev/null`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  return { pid, watchdogPid: watchdog.pid };
}

async function waitUntilAnswering(brokers: string): Promise<void> {
  const kafka = new Kafka({
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    retry: { retries: 0 },
  });
  await waitFor(
    `the broker at ${brokers} to answer`,
    async () => {
      const admin = kafka.admin({ retry: { retries: 0 } });
      try {
        await admin.connect();
        return (await admin.describeCluster()).brokers.length > 0;
      } catch {
        return false;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    },
    60_000,
  );
}

describe('KafkaRelay across a broker restart (own broker, real PostgreSQL)', () => {
  let broker: OwnBroker | undefined;
  let restarted: { pid: number; watchdogPid: number | undefined } | undefined;
  let database: TestDatabase;
  let store: PostgresEventStore;
  let relay: KafkaRelay | undefined;

  beforeAll(async () => {
    [broker, database] = await Promise.all([startOwnBroker(), createTestDatabase('messaging_relay_restart')]);
    store = await createPostgresEventStore({
      connectionString: database.url,
      poolSize: 4,
      subscriptions: { pollIntervalMs: 25, retryDelayMs: 100, maxRetryDelayMs: 500 },
    });
  }, 150_000);

  afterAll(async () => {
    await relay?.stop().catch(() => undefined);
    await store?.close();
    await database?.drop();
    if (restarted) {
      await terminate(restarted.pid);
      if (restarted.watchdogPid && alive(restarted.watchdogPid)) process.kill(restarted.watchdogPid, 'SIGTERM');
    }
    if (broker) {
      await terminate(broker.pid);
      if (broker.watchdogPid && alive(broker.watchdogPid)) process.kill(broker.watchdogPid, 'SIGTERM');
      if (path.basename(broker.runDir).startsWith('run-')) fs.rmSync(broker.runDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('resumes after the broker is stopped mid-stream and started again, with nothing lost and each case in order', async () => {
    const own = broker!;
    const service = uniqueService();
    const kafka = new Kafka({
      clientId: 'relay-restart-test',
      brokers: [own.brokers],
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 100 },
    });
    // Short timeouts so that the outage surfaces in seconds, not after kafkajs' default half minute.
    const transport = createKafkajsTransport({
      kafka: new Kafka({
        clientId: 'relay-restart-test',
        brokers: [own.brokers],
        logLevel: logLevel.NOTHING,
        connectionTimeout: 1_000,
        requestTimeout: 3_000,
        retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
      }),
      ackTimeoutMs: 3_000,
    });
    const metrics = new MessagingMetrics();
    relay = new KafkaRelay({
      store,
      contract: sampleContractFor(service),
      transport,
      topic: { numPartitions: 2, replicationFactor: 1 },
      batchSize: 25,
      metrics,
      logger: SILENT_MESSAGING_LOGGER,
    });
    await relay.start();

    // A worker keeps appending throughout: 20 cases, one event at a time, across the outage.
    const total = 400;
    const appended: string[] = [];
    const writer = (async () => {
      for (let n = 0; n < total; n++) {
        const caseId = `case-${n % 20}`;
        const event =
          n < 20
            ? caseOpened(caseId, 'client-1')
            : {
                type: 'CaseOpened',
                data: { caseId, clientId: 'client-1', priority: 'urgent' },
                metadata: sampleMetadata({ caseId }),
              };
        const eventId = randomUUID();
        await store.appendToStream(`${service}.case-${caseId}`, [{ ...event, eventId }], { expectedVersion: 'any' });
        appended.push(eventId);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();

    await waitFor('100 events relayed', async () => (await metrics.value('messaging_relay_events_total')) >= 100);
    await terminate(own.pid);
    const relayedBeforeRestart = await metrics.value('messaging_relay_events_total');
    await waitFor(
      'the relay to notice the outage',
      async () => (await metrics.value('messaging_relay_failures_total')) >= 1,
      60_000,
    );
    restarted = restartBroker(own);
    await waitUntilAnswering(own.brokers);
    await writer;
    await waitFor('the relay to catch up', async () => (await relay!.lag()) === 0, 90_000);
    await relay.stop();

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topicOf(service));
    await admin.disconnect();
    const inTopic = offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    const messages = await consumeN(kafka, topicOf(service), inTopic, { timeoutMs: 60_000 });

    const ids = new Set(messages.map((message) => message.headers['ce_id']));
    expect(appended).toHaveLength(total);
    expect(appended.filter((eventId) => !ids.has(eventId))).toEqual([]);
    expect(relayedBeforeRestart).toBeLessThan(total);
    expect(await metrics.value('messaging_relay_failures_total')).toBeGreaterThanOrEqual(1);
    // Redelivered batches may repeat events (at least once); first appearances keep each case's versions in order.
    const lastVersion = new Map<string, number>();
    const seen = new Set<string>();
    for (const message of [...messages].sort(
      (a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset),
    )) {
      const eventId = String(message.headers['ce_id']);
      if (seen.has(eventId)) continue;
      seen.add(eventId);
      const version = Number(message.headers['ce_streamversion']);
      expect(version).toBe((lastVersion.get(String(message.key)) ?? 0) + 1);
      lastVersion.set(String(message.key), version);
    }
    expect(seen.size).toBe(total);
  }, 240_000);
});
