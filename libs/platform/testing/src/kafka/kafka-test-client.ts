import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel, type IHeaders, type KafkaMessage } from 'kafkajs';

/** A message read back by {@link consumeN}, with key, value and headers decoded as UTF-8. */
export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string | string[]>;
  timestamp: string;
  /** The message as kafkajs delivered it (Buffers untouched). */
  raw: KafkaMessage;
}

export interface ConsumeOptions {
  /** Overall deadline, including joining the consumer group. Default 30 s (the first group on a fresh broker waits
   * for the offsets topic to be created). */
  timeoutMs?: number;
  /** Consumer group id; default a fresh, unique one, so every call reads the topic from the beginning. */
  groupId?: string;
}

const KAFKA_LOG_LEVELS: Record<string, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/**
 * A kafkajs client for the broker the test infrastructure resolved (KAFKA_BROKERS, comma-separated).
 * Silent by default; set KAFKA_TEST_LOG_LEVEL=error|warn|info|debug to see kafkajs' own logging while debugging.
 */
export function testKafka(clientId = 'casemgmt-test'): Kafka {
  const brokers = (process.env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length === 0) {
    throw new Error(
      'KAFKA_BROKERS is not set: run integration tests through their Nx target (test-int), which starts the infrastructure',
    );
  }
  return new Kafka({
    clientId,
    brokers,
    logLevel: KAFKA_LOG_LEVELS[(process.env.KAFKA_TEST_LOG_LEVEL ?? '').toLowerCase()] ?? logLevel.NOTHING,
    connectionTimeout: 3_000,
    retry: { initialRetryTime: 100, retries: 8 },
  });
}

/** A topic name no other suite uses: `<prefix>.<time>-<random>`, with characters Kafka rejects replaced by '-'. */
export function uniqueTopic(prefix: string): string {
  const safePrefix = prefix.replace(/[^a-zA-Z0-9._-]/g, '-').slice(0, 200) || 'test';
  return `${safePrefix}.${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Creates the topics (replication factor 1) and waits until every partition has a leader. */
export async function createTopics(kafka: Kafka, topics: string[], partitions = 1): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads the first `n` messages of `topic` from the beginning through a consumer group of its own; rejects when fewer
 * arrive within `timeoutMs`. Messages of one partition come in offset order. The consumer is always disconnected.
 */
export async function consumeN(
  kafka: Kafka,
  topic: string,
  n: number,
  { timeoutMs = 30_000, groupId = `test-${randomUUID()}` }: ConsumeOptions = {},
): Promise<ConsumedMessage[]> {
  // Short fetch waits: messages show up sooner and disconnect (which waits for the fetch in flight) returns quickly.
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250, retry: { retries: 8, initialRetryTime: 100 } });
  const messages: ConsumedMessage[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `consumeN: received ${messages.length} of ${n} messages from topic '${topic}' within ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
      if (n <= 0) return resolve();
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart)
          reject(new Error(`consumeN: consumer of topic '${topic}' crashed: ${payload.error.message}`));
      });
      const start = async (): Promise<void> => {
        await consumer.connect();
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        await consumer.run({
          eachMessage: async ({ topic: from, partition, message }) => {
            if (messages.length >= n) return;
            messages.push(decode(from, partition, message));
            if (messages.length >= n) resolve();
          },
        });
      };
      start().catch((error: unknown) =>
        reject(new Error(`consumeN: could not consume topic '${topic}': ${errorMessage(error)}`)),
      );
    });
    return messages;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

function decode(topic: string, partition: number, message: KafkaMessage): ConsumedMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value ? message.value.toString('utf8') : null,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
    raw: message,
  };
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string | string[]> {
  const decoded: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    decoded[name] = Array.isArray(value) ? value.map((item) => item.toString()) : value.toString();
  }
  return decoded;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
