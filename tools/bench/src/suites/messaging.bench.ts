import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresEventStore, type LogPosition, type PostgresEventStore } from '@casemgmt/event-store';
import {
  ContractCatalog,
  KafkaEventConsumer,
  KafkaRelay,
  MessagingMetrics,
  SILENT_MESSAGING_LOGGER,
  createKafkajsTransport,
  toKafkaMessage,
  topicOf,
  type MessagingTransport,
  type OutgoingMessage,
  type ServiceContract,
} from '@casemgmt/messaging';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { quantile, round } from '../measure';
import { benchKafka, caseNote, contractFor, waitUntil } from './messaging.bench-kit';

const RELAY_EVENTS = 100_000;
const SEED_STREAMS = 200;
const SEED_APPEND_SIZE = 500;
const SEED_WRITERS = 4;
const RELAY_BATCH = 1_000;
const PARTITIONS = 3;
const LATENCY_RATE = 200;
const LATENCY_SECONDS = 10;
const LATENCY_WARM_UP_SECONDS = 1;

/** 100,000 events through the store's own append API: 500-event appends on 200 case streams, 4 writers. */
async function seed(store: PostgresEventStore, service: string): Promise<number> {
  const started = performance.now();
  const appendsPerStream = RELAY_EVENTS / SEED_STREAMS / SEED_APPEND_SIZE;
  const jobs: { stream: number; version: number }[] = [];
  for (let round = 0; round < appendsPerStream; round++) {
    for (let stream = 0; stream < SEED_STREAMS; stream++) jobs.push({ stream, version: round * SEED_APPEND_SIZE });
  }
  await Promise.all(
    Array.from({ length: SEED_WRITERS }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const caseId = `case-${job.stream}`;
        const events = Array.from({ length: SEED_APPEND_SIZE }, (_, n) => caseNote(caseId, job.version + n));
        await store.appendToStream(`${service}.case-${caseId}`, events, { expectedVersion: job.version });
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * The same 100,000 messages produced straight with the relay's producer settings, without the store: Kafka's share
 * of the cost. `headers` picks which headers to keep, to show what the CloudEvents headers cost in kafkajs.
 */
async function rawProduceRate(
  transport: MessagingTransport,
  messages: readonly OutgoingMessage[],
  topic: string,
  headers: 'all' | 'none',
): Promise<number> {
  const sent = headers === 'all' ? messages : messages.map((message) => ({ ...message, headers: {} }));
  await transport.ensureTopics([{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }]);
  const producer = transport.producer();
  await producer.connect();
  try {
    const started = performance.now();
    for (let first = 0; first < sent.length; first += RELAY_BATCH) {
      await producer.send(topic, sent.slice(first, first + RELAY_BATCH));
    }
    return sent.length / ((performance.now() - started) / 1000);
  } finally {
    await producer.disconnect();
  }
}

async function relayedMessages(store: PostgresEventStore, contract: ServiceContract): Promise<OutgoingMessage[]> {
  const published = new ContractCatalog([contract]).forStored(contract.service, 'CaseNoteAdded');
  if (!published) throw new Error('bench contract lost its type');
  const messages: OutgoingMessage[] = [];
  let after: LogPosition | undefined;
  for (;;) {
    const batch = await store.readAll({
      categories: contract.categories,
      batchSize: 10_000,
      ...(after ? { after } : {}),
    });
    if (batch.events.length === 0) return messages;
    for (const event of batch.events) messages.push(toKafkaMessage(event, published));
    after = batch.checkpoint;
  }
}

async function relayThroughput(context: BenchContext): Promise<BenchFigure[]> {
  const database = await context.createDatabase('bench_messaging_relay');
  const store = await createPostgresEventStore({ connectionString: database.url, poolSize: SEED_WRITERS + 2 });
  const service = `bench${randomBytes(4).toString('hex')}`;
  const contract = contractFor(service);
  const transport = createKafkajsTransport({ kafka: benchKafka('bench-relay') });
  try {
    context.log(`messaging: seeding ${RELAY_EVENTS.toLocaleString('en-US')} events`);
    const seedSeconds = await seed(store, service);
    await store.pool.query('VACUUM (ANALYZE) event_store.events');

    context.log('messaging: relaying them to Kafka');
    const metrics = new MessagingMetrics();
    const relay = new KafkaRelay({
      store,
      contract,
      transport,
      topic: { numPartitions: PARTITIONS, replicationFactor: 1 },
      batchSize: RELAY_BATCH,
      metrics,
      logger: SILENT_MESSAGING_LOGGER,
    });
    // Creating the topic is set-up, not throughput; connecting the producer is timed with the relay.
    await transport.ensureTopics([{ topic: topicOf(service), numPartitions: PARTITIONS, replicationFactor: 1 }]);
    const started = performance.now();
    await relay.start();
    await waitUntil(
      async () => (await metrics.value('messaging_relay_events_total')) >= RELAY_EVENTS,
      300_000,
      'the relay',
    );
    const seconds = (performance.now() - started) / 1000;
    const lag = await relay.lag();
    await relay.stop();
    const rate = RELAY_EVENTS / seconds;

    context.log('messaging: producing the same messages without the store');
    const messages = await relayedMessages(store, contract);
    const raw = await rawProduceRate(transport, messages, `${topicOf(service)}.raw`, 'all');
    const bare = await rawProduceRate(transport, messages, `${topicOf(service)}.bare`, 'none');
    const headerCount = Object.keys(messages[0]?.headers ?? {}).length;
    return [
      {
        name: `messaging: relay store -> Kafka, ${RELAY_EVENTS.toLocaleString('en-US')} events (${RELAY_BATCH} per batch, acks all, ${PARTITIONS} partitions)`,
        value: round(rate),
        unit: 'events/s',
        against: {
          name: 'kafkajs producing the same CloudEvents messages, 1,000 per send, no store',
          value: round(raw),
          unit: 'events/s',
        },
        target: { text: '>= 20,000 events/s', met: rate >= 20_000 },
        note:
          `${round(seconds, 2)} s; lag after: ${lag ?? 'n/a'}; seeded through appendToStream ` +
          `(${SEED_APPEND_SIZE}-event appends, ${SEED_STREAMS} streams, ${SEED_WRITERS} writers) in ${round(seedSeconds, 1)} s; ` +
          'each batch is one store transaction: read 1,000 events, produce, await acks, save the checkpoint',
      },
      {
        name: `messaging: kafkajs producing the same values and keys without headers (${headerCount} CloudEvents headers each in the relay)`,
        value: round(bare),
        unit: 'events/s',
        against: { name: 'the same messages with their headers', value: round(raw), unit: 'events/s' },
        note: 'what the headers cost in kafkajs 2.2.4: its record encoder allocates a zeroed 512-byte buffer per header',
      },
    ];
  } finally {
    await store.close();
    await database.drop();
  }
}

/** Produce -> consume through the same port and broker at the same rate, no store and no database: the floor. */
async function bareKafkaHop(transport: MessagingTransport, service: string): Promise<{ p50: number; p99: number }> {
  const topic = `${topicOf(service)}.hop`;
  await transport.ensureTopics([{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }]);
  const latencies: number[] = [];
  const consumer = transport.consumer(`${service}-hop`);
  const producer = transport.producer();
  await producer.connect();
  await consumer.run({
    topics: [topic],
    fromBeginning: true,
    concurrentPartitions: PARTITIONS,
    onBatch: async (batch, control) => {
      for (const message of batch.messages) {
        latencies.push(performance.now() - Number(message.value?.toString()));
        control.markDone(message);
      }
      await control.commit();
    },
  });
  try {
    const total = LATENCY_RATE * 5;
    const started = performance.now();
    const sends: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const wait = started + (n * 1000) / LATENCY_RATE - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      sends.push(producer.send(topic, [{ key: `case-${n % 50}`, value: String(performance.now()), headers: {} }]));
    }
    await Promise.all(sends);
    await waitUntil(async () => latencies.length >= total, 30_000, 'the bare Kafka hop');
    const measured = latencies.slice(LATENCY_RATE * LATENCY_WARM_UP_SECONDS);
    return { p50: quantile(measured, 0.5), p99: quantile(measured, 0.99) };
  } finally {
    await consumer.stop();
    await producer.disconnect();
  }
}

async function roundTripLatency(context: BenchContext): Promise<BenchFigure[]> {
  const database = await context.createDatabase('bench_messaging_latency');
  const store = await createPostgresEventStore({
    connectionString: database.url,
    poolSize: 4,
    subscriptions: { pollIntervalMs: 20 },
  });
  const pool = new Pool({ connectionString: database.url, max: 4 });
  // An idle connection that dies (a server restart, the database dropped) must not end the benchmark process.
  pool.on('error', (error) => context.log(`messaging: idle database connection failed: ${error.message}`));
  const service = `bench${randomBytes(4).toString('hex')}`;
  const contract = contractFor(service);
  const transport = createKafkajsTransport({ kafka: benchKafka('bench-latency') });
  const relay = new KafkaRelay({
    store,
    contract,
    transport,
    topic: { numPartitions: PARTITIONS, replicationFactor: 1 },
    logger: SILENT_MESSAGING_LOGGER,
  });
  const appendedAt = new Map<string, number>();
  const latencies: number[] = [];
  let measureFrom = Number.POSITIVE_INFINITY;
  let effects = 0;
  const consumer = new KafkaEventConsumer({
    group: `${service}-effects`,
    transport,
    pool,
    contracts: [contract],
    logger: SILENT_MESSAGING_LOGGER,
    handlers: {
      [`${service}.CaseNoteAdded.v1`]: async (event, tx) => {
        await tx.query('INSERT INTO case_notes (event_id, case_id, minutes) VALUES ($1, $2, $3)', [
          event.eventId,
          event.data['caseId'],
          event.data['minutes'],
        ]);
      },
    },
    hooks: {
      afterCommit: async (event) => {
        const sent = appendedAt.get(event.eventId);
        effects += 1;
        if (sent !== undefined && sent >= measureFrom) latencies.push(performance.now() - sent);
      },
    },
  });
  try {
    await pool.query('CREATE TABLE case_notes (event_id uuid PRIMARY KEY, case_id text NOT NULL, minutes integer)');
    await relay.start();
    await consumer.start();
    context.log(
      `messaging: append -> relay -> Kafka -> consumer effect at ${LATENCY_RATE} events/s for ${LATENCY_SECONDS} s`,
    );
    const total = LATENCY_RATE * LATENCY_SECONDS;
    const started = performance.now();
    measureFrom = started + LATENCY_WARM_UP_SECONDS * 1000;
    const appends: Promise<void>[] = [];
    // Open-loop schedule: event n is due at n / rate, whatever the previous appends took.
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / LATENCY_RATE;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const caseId = `case-${n % 50}`;
      const eventId = randomUUID();
      appends.push(
        store
          .appendToStream(`${service}.case-${caseId}`, [{ ...caseNote(caseId, n), eventId }], {
            expectedVersion: 'any',
          })
          .then(() => void appendedAt.set(eventId, performance.now())),
      );
    }
    await Promise.all(appends);
    const achievedRate = total / ((performance.now() - started) / 1000);
    await waitUntil(async () => effects >= total, 60_000, 'every effect');
    const p50 = quantile(latencies, 0.5);
    const p99 = quantile(latencies, 0.99);
    context.log(`messaging: bare Kafka produce -> consume at ${LATENCY_RATE} messages/s for 5 s`);
    const hop = await bareKafkaHop(transport, service);
    return [
      {
        name: `messaging: append -> effect committed, p50 at ${LATENCY_RATE} events/s (Kafka round trip)`,
        value: round(p50, 1),
        unit: 'ms',
        against: {
          name: 'bare Kafka hop (produce -> consume, no store, no database), p50',
          value: round(hop.p50, 1),
          unit: 'ms',
        },
        note: `${latencies.length} samples after a ${LATENCY_WARM_UP_SECONDS} s warm-up; max ${round(Math.max(...latencies), 1)} ms`,
      },
      {
        name: `messaging: append -> effect committed, p99 at ${LATENCY_RATE} events/s (Kafka round trip)`,
        value: round(p99, 1),
        unit: 'ms',
        against: {
          name: 'bare Kafka hop (produce -> consume, no store, no database), p99',
          value: round(hop.p99, 1),
          unit: 'ms',
        },
        target: { text: '<= 100 ms', met: p99 <= 100 },
        note:
          `appends achieved ${round(achievedRate)} events/s; path: append returns -> relay subscription (woken by the ` +
          `append) -> produce, acks all -> consumer fetch -> inbox + effect transaction commits`,
      },
    ];
  } finally {
    await consumer.stop();
    await relay.stop();
    await pool.end();
    await store.close();
    await database.drop();
  }
}

export const messagingBench: BenchSuite = {
  name: 'messaging',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    return [...(await relayThroughput(context)), ...(await roundTripLatency(context))];
  },
};
