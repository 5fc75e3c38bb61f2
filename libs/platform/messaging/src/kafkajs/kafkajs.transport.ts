import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type ConsumerConfig,
  type IHeaders,
  type KafkaMessage,
  type LogEntry,
  type Producer,
  type ProducerConfig,
} from 'kafkajs';
import { nestMessagingLogger, type MessagingLogger } from '../messaging.logger';
import type {
  BatchControl,
  ConsumedMessage,
  ConsumerRunOptions,
  MessageConsumer,
  MessageProducer,
  MessagingTransport,
  OutgoingMessage,
  TopicSpec,
} from '../messaging.port';

export interface KafkajsTransportOptions {
  /** `host:port` of the bootstrap brokers; or give a ready `kafka` client. */
  readonly brokers?: readonly string[];
  readonly clientId?: string;
  readonly kafka?: Kafka;
  /** Receives kafkajs' own log lines at `kafkaLogLevel` and above (default: errors only, through Nest's Logger). */
  readonly logger?: MessagingLogger;
  readonly kafkaLogLevel?: 'nothing' | 'error' | 'warn' | 'info';
  /** Overrides of the kafkajs producer settings (the partitioner is always kafkajs' default, explicitly). */
  readonly producer?: Omit<ProducerConfig, 'createPartitioner'>;
  /** Overrides of the kafkajs consumer settings, e.g. `retry` (tests simulate crashes with `retries: 0`). */
  readonly consumer?: Omit<ConsumerConfig, 'groupId'>;
  /** How long the broker may take to acknowledge a produce request from all in-sync replicas (default 30 s). */
  readonly ackTimeoutMs?: number;
  /** Upper bound of one produce request's payload; larger sends are split, in order (default 900 kB). */
  readonly maxRequestBytes?: number;
}

const LOG_LEVELS = { nothing: logLevel.NOTHING, error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.INFO };
// Per-record overhead of the record-batch format beyond key, value and header bytes (varints, attributes, deltas).
const RECORD_OVERHEAD_BYTES = 32;

/** The messaging port on kafkajs 2.2.4. */
export function createKafkajsTransport(options: KafkajsTransportOptions): MessagingTransport {
  return new KafkajsTransport(options);
}

class KafkajsTransport implements MessagingTransport {
  private readonly kafka: Kafka;

  constructor(private readonly options: KafkajsTransportOptions) {
    if (options.kafka) {
      this.kafka = options.kafka;
    } else {
      if (!options.brokers || options.brokers.length === 0)
        throw new Error('createKafkajsTransport needs brokers or a kafka client');
      const logger = options.logger ?? nestMessagingLogger('kafkajs');
      this.kafka = new Kafka({
        clientId: options.clientId ?? 'casemgmt',
        brokers: [...options.brokers],
        logLevel: LOG_LEVELS[options.kafkaLogLevel ?? 'error'],
        logCreator: () => (entry: LogEntry) => forwardLog(logger, entry),
      });
    }
  }

  producer(): MessageProducer {
    const producer = this.kafka.producer({
      ...this.options.producer,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    return new KafkajsProducer(producer, this.options.ackTimeoutMs ?? 30_000, this.options.maxRequestBytes ?? 900_000);
  }

  consumer(groupId: string): MessageConsumer {
    // Short fetch waits: the broker answers as soon as data arrives anyway, and stop() waits for the fetch in flight.
    return new KafkajsConsumer(this.kafka.consumer({ maxWaitTimeInMs: 500, ...this.options.consumer, groupId }));
  }

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((spec) => !existing.has(spec.topic));
      if (missing.length === 0) return;
      // Another instance may create the same topic meanwhile: createTopics answers false then, which is fine.
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({
          topic: spec.topic,
          numPartitions: spec.numPartitions ?? -1,
          replicationFactor: spec.replicationFactor ?? -1,
          configEntries: Object.entries(spec.configEntries ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } finally {
      await admin.disconnect();
    }
  }
}

class KafkajsProducer implements MessageProducer {
  constructor(
    private readonly producer: Producer,
    private readonly ackTimeoutMs: number,
    private readonly maxRequestBytes: number,
  ) {}

  connect(): Promise<void> {
    return this.producer.connect();
  }

  async send(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    // One request at a time: a retried request can then never overtake a later one, so a key's order holds.
    for (const chunk of chunkByBytes(messages, this.maxRequestBytes)) {
      await this.producer.send({
        topic,
        acks: -1,
        timeout: this.ackTimeoutMs,
        messages: chunk.map((message) => ({ key: message.key, value: message.value, headers: { ...message.headers } })),
      });
    }
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

class KafkajsConsumer implements MessageConsumer {
  private removeCrashListener: (() => void) | undefined;

  constructor(private readonly consumer: Consumer) {}

  async run(options: ConsumerRunOptions): Promise<void> {
    const { onCrash } = options;
    if (onCrash) {
      this.removeCrashListener = this.consumer.on(this.consumer.events.CRASH, ({ payload }) =>
        onCrash(payload.error, payload.restart),
      );
    }
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning });
    await this.consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: options.concurrentPartitions,
      // Offsets are resolved one by one as messages finish, so a batch left early is fetched again from there.
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        let done: string | undefined;
        let committed: string | undefined;
        const control: BatchControl = {
          markDone: (message) => {
            resolveOffset(message.offset);
            done = message.offset;
          },
          commit: async () => {
            if (done === undefined || done === committed) return;
            const next = (BigInt(done) + 1n).toString();
            await commitOffsetsIfNecessary({
              topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
            });
            committed = done;
          },
          heartbeat,
          shouldContinue: () => isRunning() && !isStale(),
        };
        const messages = batch.messages.map((message) => toConsumedMessage(batch.topic, batch.partition, message));
        await options.onBatch({ topic: batch.topic, partition: batch.partition, messages }, control);
      },
    });
  }

  async stop(): Promise<void> {
    this.removeCrashListener?.();
    this.removeCrashListener = undefined;
    await this.consumer.disconnect();
  }
}

function toConsumedMessage(topic: string, partition: number, message: KafkaMessage): ConsumedMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key,
    value: message.value,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
  };
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) decoded[name] = last.toString();
  }
  return decoded;
}

/** Splits messages, in order, into runs whose estimated size stays under `maxBytes` (a single larger one alone). */
export function chunkByBytes(messages: readonly OutgoingMessage[], maxBytes: number): OutgoingMessage[][] {
  const chunks: OutgoingMessage[][] = [];
  let current: OutgoingMessage[] = [];
  let currentBytes = 0;
  for (const message of messages) {
    const size = estimateBytes(message);
    if (current.length > 0 && currentBytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(message);
    currentBytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function estimateBytes(message: OutgoingMessage): number {
  let bytes = RECORD_OVERHEAD_BYTES + byteLength(message.key) + byteLength(message.value);
  for (const [name, value] of Object.entries(message.headers)) bytes += name.length + byteLength(value) + 2;
  return bytes;
}

function byteLength(value: string | Buffer | null): number {
  if (value === null) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

function forwardLog(logger: MessagingLogger, entry: LogEntry): void {
  const { message, ...context } = entry.log;
  const text = `kafkajs ${entry.namespace}: ${message}`;
  switch (entry.level) {
    case logLevel.ERROR:
      return logger.error(text, context);
    case logLevel.WARN:
      return logger.warn(text, context);
    case logLevel.INFO:
    case logLevel.DEBUG:
    case logLevel.NOTHING:
      return logger.log(text, context);
    default: {
      const unknownLevel: never = entry.level;
      return logger.log(text, { ...context, level: String(unknownLevel) });
    }
  }
}
