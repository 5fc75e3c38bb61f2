import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
import { fromKafkaMessage, CE_HEADERS } from '../cloudevents/cloud-event.mapper';
import { SchemaValidator } from '../contracts/schema-validator';
import { ContractCatalog, deadLetterTopicOf, type ServiceContract } from '../contracts/service-contract';
import { claimInbox } from '../inbox/inbox';
import { migrateMessagingSchema } from '../inbox/messaging.schema';
import type { EventHandler, EventHandlers, IncomingEvent } from '../incoming-event';
import { errorMessageOf, isInfrastructureError } from '../messaging.errors';
import { nestMessagingLogger, type MessagingLogger } from '../messaging.logger';
import type {
  BatchControl,
  ConsumedMessage,
  MessageConsumer,
  MessageProducer,
  MessagingTransport,
  PartitionBatch,
  TopicSettings,
} from '../messaging.port';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { sendToDeadLetterTopic } from './dead-letter';
import { handledTopics } from './handled-topics';
import { asSqlTransaction, handleRunAtOnce, handleWithRetry } from './handling';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

type Step =
  | { readonly kind: 'dead-letter'; readonly type: string; readonly error: unknown }
  | { readonly kind: 'skip'; readonly type: string }
  | { readonly kind: 'handle'; readonly event: IncomingEvent; readonly handler: EventHandler };

const SAVEPOINT = 'messaging_message';

/** Fault injection for tests, and observation for benchmarks. */
export interface KafkaConsumerHooks {
  /**
   * Runs after a message's transaction committed (`handled` or `duplicate`) and before its offset is committed. A
   * throw escapes to the Kafka client as a crash between effect and offset commit would.
   */
  readonly afterCommit?: (event: IncomingEvent, outcome: 'handled' | 'duplicate') => Promise<void>;
}

export interface KafkaEventConsumerOptions {
  /** Consumer group id; also the inbox's consumer name and the `<group>` of the dead-letter topics. */
  readonly group: string;
  readonly handlers: EventHandlers;
  readonly transport: MessagingTransport;
  /** The database of the handlers' effects; the inbox lives in its `messaging` schema. */
  readonly pool: Pool;
  /** Contracts of the producing services: data is checked against their JSON Schemas before handling. */
  readonly contracts?: readonly ServiceContract[];
  readonly retry?: Partial<RetryPolicy>;
  /** Where a group without committed offsets starts (default: the earliest message). */
  readonly fromBeginning?: boolean;
  /**
   * Partitions handled at the same time, each in transactions of its own (default 3). A case's events share a
   * partition, so they are still handled in order; the pool needs at least this many connections.
   */
  readonly concurrentPartitions?: number;
  /**
   * Most messages of one partition handled in one transaction, each in its own savepoint with its own inbox row
   * (default 100; 1 gives every message a transaction of its own). A backlog then costs one commit per run instead
   * of one per message.
   */
  readonly maxMessagesPerTransaction?: number;
  /** How the dead-letter topics are created on start. */
  readonly deadLetterTopic?: TopicSettings;
  /**
   * How a consumed topic is created when its producer has not created it yet: services start in any order, and a
   * subscription to a missing topic fails. Keep it equal to the producing relay's `topic` settings.
   */
  readonly sourceTopic?: TopicSettings;
  /** Apply the `messaging` schema's migrations on start (default true). */
  readonly migrate?: boolean;
  readonly metrics?: MessagingMetrics;
  readonly logger?: MessagingLogger;
  readonly hooks?: KafkaConsumerHooks;
  /** Called when the Kafka client gives up on the consumer after a failure (it restarts it unless told not to). */
  readonly onCrash?: (error: Error, restarting: boolean) => void;
}

/**
 * Consumes published events from Kafka: each message is handled in a PostgreSQL transaction together with its inbox
 * row, and its offset is committed only after that transaction (or its dead-lettering) is done. Transient
 * failures are retried with backoff; unparseable, schema-violating or still-failing messages go to
 * `<topic>.dlq.<group>`; types without a handler are skipped and counted.
 */
export class KafkaEventConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly metrics: MessagingMetrics;
  readonly topics: readonly string[];
  private readonly retryPolicy: RetryPolicy;
  private readonly maxMessagesPerTransaction: number;
  private readonly logger: MessagingLogger;
  private readonly validator: SchemaValidator | undefined;
  private consumer: MessageConsumer | undefined;
  private producer: MessageProducer | undefined;
  private abort = new AbortController();

  constructor(private readonly options: KafkaEventConsumerOptions) {
    this.metrics = options.metrics ?? new MessagingMetrics();
    this.logger = options.logger ?? nestMessagingLogger(`KafkaEventConsumer(${options.group})`);
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.maxMessagesPerTransaction = Math.max(1, options.maxMessagesPerTransaction ?? 100);
    const catalog = options.contracts ? new ContractCatalog(options.contracts) : undefined;
    this.validator = catalog ? new SchemaValidator(catalog) : undefined;
    this.topics = handledTopics(options.handlers, catalog);
  }

  /** Provided to Nest, the consumer starts with the application. */
  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  /** Provided to Nest, the consumer stops before the store and the pool close, so the batch in hand commits. */
  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  async start(): Promise<void> {
    if (this.consumer) return;
    if (this.options.migrate !== false) await migrateMessagingSchema(this.options.pool);
    await this.options.transport.ensureTopics([
      ...this.topics.map((topic) => ({ topic, ...this.options.sourceTopic })),
      ...this.topics.map((topic) => ({
        topic: deadLetterTopicOf(topic, this.options.group),
        ...this.options.deadLetterTopic,
      })),
    ]);
    this.abort = new AbortController();
    const producer = this.options.transport.producer();
    await producer.connect();
    this.producer = producer;
    const consumer = this.options.transport.consumer(this.options.group);
    this.consumer = consumer;
    await consumer.run({
      topics: this.topics,
      fromBeginning: this.options.fromBeginning ?? true,
      concurrentPartitions: this.options.concurrentPartitions ?? 3,
      onBatch: (batch, control) => this.consumeBatch(producer, batch, control),
      onCrash: (error, restarting) => {
        this.logger.error('Kafka consumer crashed', { group: this.options.group, error: error.message, restarting });
        this.options.onCrash?.(error, restarting);
      },
    });
    this.logger.log('Consumer started', { group: this.options.group, topics: this.topics });
  }

  /** Ends a retry pause in progress, lets the message in hand finish, commits, and leaves the group. */
  async stop(): Promise<void> {
    this.abort.abort();
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.stop();
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  private async consumeBatch(producer: MessageProducer, batch: PartitionBatch, control: BatchControl): Promise<void> {
    try {
      let next = 0;
      while (next < batch.messages.length && control.shouldContinue() && !this.abort.signal.aborted) {
        next = await this.consumeRun(producer, batch.messages, next, control);
        await control.heartbeat();
      }
    } finally {
      // Whatever finished is committed, even when a later message threw: only the rest is delivered again.
      await control.commit();
    }
  }

  /**
   * Handles messages from `start` in one transaction, each inside a savepoint with its own inbox row, until the run
   * is full or a handler fails; that message then gets transactions of its own for the retries. Under load a run
   * holds many messages and costs one commit; when idle, it holds the one message there is. Returns the index of
   * the next message to consume.
   */
  private async consumeRun(
    producer: MessageProducer,
    messages: readonly ConsumedMessage[],
    start: number,
    control: BatchControl,
  ): Promise<number> {
    const finished: { message: ConsumedMessage; event?: IncomingEvent; outcome?: 'handled' | 'duplicate' }[] = [];
    let failed: { message: ConsumedMessage; event: IncomingEvent; handler: EventHandler; error: unknown } | undefined;
    let next = start;
    await this.withTransaction(async (tx) => {
      const run = messages
        .slice(start, start + this.maxMessagesPerTransaction)
        .map((message) => ({ message, step: this.route(message) }));
      // The whole run at once when nothing in it is to be dead-lettered and every handler succeeds; otherwise one
      // message at a time below, each in its own savepoint, until the one at fault.
      const runnable = control.shouldContinue() && !this.abort.signal.aborted;
      let failedAt: { readonly index: number; readonly error: unknown } | undefined;
      if (runnable && run.every(({ step }) => step.kind !== 'dead-letter')) {
        const handled = run.flatMap(({ step }, index) => (step.kind === 'handle' ? [{ ...step, index }] : []));
        const outcome = await handleRunAtOnce(tx, this.options.group, handled);
        if (outcome.ok) {
          let handledIndex = 0;
          for (const { message, step } of run) {
            if (step.kind === 'skip') {
              this.metrics.skipped.inc({ consumer: this.options.group, type: step.type });
              finished.push({ message });
            } else if (step.kind === 'handle') {
              finished.push({ message, event: step.event, outcome: outcome.outcomes[handledIndex++] ?? 'handled' });
            }
          }
          next = start + run.length;
          return;
        }
        const failedStep = outcome.failure ? handled[outcome.failure.index] : undefined;
        if (failedStep && outcome.failure) failedAt = { index: failedStep.index, error: outcome.failure.error };
      }
      for (; next < messages.length && next - start < this.maxMessagesPerTransaction; next++) {
        if (!control.shouldContinue() || this.abort.signal.aborted) break;
        const message = messages[next] as ConsumedMessage;
        const step = run[next - start]?.step ?? this.route(message);
        switch (step.kind) {
          case 'dead-letter':
            await this.deadLetter(producer, message, step.type, step.error, 1);
            finished.push({ message });
            continue;
          case 'skip':
            this.metrics.skipped.inc({ consumer: this.options.group, type: step.type });
            finished.push({ message });
            continue;
          case 'handle':
            break;
          default: {
            const unknownStep: never = step;
            throw new Error(`Unknown step ${JSON.stringify(unknownStep)}`);
          }
        }
        if (failedAt?.index === next - start) {
          // Its first attempt failed in the run just rolled back: retry it alone, counting that attempt.
          failed = { message, event: step.event, handler: step.handler, error: failedAt.error };
          break;
        }
        await tx.query(`SAVEPOINT ${SAVEPOINT}`);
        try {
          const fresh = await claimInbox(tx, this.options.group, step.event.eventId);
          if (fresh) await step.handler(step.event, tx);
          await tx.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          finished.push({ message, event: step.event, outcome: fresh ? 'handled' : 'duplicate' });
        } catch (error) {
          await tx.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
          await tx.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          failed = { message, event: step.event, handler: step.handler, error };
          break;
        }
      }
    });
    for (const { message, event, outcome } of finished) {
      if (event && outcome) {
        (outcome === 'handled' ? this.metrics.handled : this.metrics.duplicates).inc({
          consumer: this.options.group,
          type: event.type,
        });
        await this.options.hooks?.afterCommit?.(event, outcome);
      }
      control.markDone(message);
    }
    if (!failed) return next;
    if (!(await this.retryAlone(producer, failed, control))) return messages.length;
    control.markDone(failed.message);
    return next + 1;
  }

  /** Retries a message whose first attempt failed, each attempt in a transaction of its own; false when stopped. */
  private async retryAlone(
    producer: MessageProducer,
    failed: { message: ConsumedMessage; event: IncomingEvent; handler: EventHandler; error: unknown },
    control: BatchControl,
  ): Promise<boolean> {
    const { message, event, handler } = failed;
    const outcome = await handleWithRetry(
      this.retryPolicy,
      () =>
        this.withTransaction(async (tx) => {
          const fresh = await claimInbox(tx, this.options.group, event.eventId);
          if (fresh) await handler(event, tx);
          return fresh;
        }),
      {
        signal: this.abort.signal,
        onRetry: (error, attempt, delayMs) => {
          this.metrics.retried.inc({ consumer: this.options.group, type: event.type });
          this.logger.warn('Handler failed; retrying', {
            ...this.describe(message, event),
            attempt,
            delayMs,
            error: errorMessageOf(error),
          });
        },
        afterPause: () => control.heartbeat(),
      },
      { error: failed.error },
    );
    switch (outcome.kind) {
      case 'handled':
      case 'duplicate':
        (outcome.kind === 'handled' ? this.metrics.handled : this.metrics.duplicates).inc({
          consumer: this.options.group,
          type: event.type,
        });
        await this.options.hooks?.afterCommit?.(event, outcome.kind);
        return true;
      case 'failed':
        // The database, not the message, is at fault: do not bury a good message; let the client redeliver it.
        if (isInfrastructureError(outcome.error)) throw outcome.error;
        await this.deadLetter(producer, message, event.type, outcome.error, outcome.attempts);
        return true;
      case 'interrupted':
        return false;
      default: {
        const unknownOutcome: never = outcome;
        throw new Error(`Unknown handling outcome ${JSON.stringify(unknownOutcome)}`);
      }
    }
  }

  /** What to do with a message: dead-letter it (unparseable, schema violation), skip it (no handler), or handle it. */
  private route(message: ConsumedMessage): Step {
    let event: IncomingEvent;
    try {
      event = fromKafkaMessage(message);
    } catch (error) {
      return { kind: 'dead-letter', type: message.headers[CE_HEADERS.type] ?? 'unknown', error };
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return { kind: 'skip', type: event.type };
    try {
      this.validator?.assertValid(event.type, event.data);
    } catch (error) {
      return { kind: 'dead-letter', type: event.type, error };
    }
    return { kind: 'handle', event, handler };
  }

  private async withTransaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.options.pool.connect();
    let connectionBroken = false;
    try {
      await client.query('BEGIN');
      const result = await work(asSqlTransaction(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        connectionBroken = true;
      });
      throw error;
    } finally {
      client.release(connectionBroken);
    }
  }

  private async deadLetter(
    producer: MessageProducer,
    message: ConsumedMessage,
    type: string,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const { topic, errorClass } = await sendToDeadLetterTopic(producer, message, this.options.group, error, attempts);
    this.metrics.deadLettered.inc({ consumer: this.options.group, type, error_class: errorClass });
    this.logger.error('Message dead-lettered', {
      ...this.describe(message),
      type,
      deadLetterTopic: topic,
      attempts,
      errorClass,
      error: errorMessageOf(error),
    });
  }

  private describe(message: ConsumedMessage, event?: IncomingEvent): Record<string, unknown> {
    return {
      group: this.options.group,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      ...(event ? { type: event.type, eventId: event.eventId } : {}),
    };
  }
}
