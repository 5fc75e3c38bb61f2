import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import {
  PostgresEventStore,
  type EventStore,
  type LogPosition,
  type RecordedEvent,
  type SqlTransaction,
  type Subscription,
  type SubscriptionContext,
} from '@casemgmt/event-store';
import { fromRecordedEvent } from '../cloudevents/cloud-event.mapper';
import { SchemaValidator } from '../contracts/schema-validator';
import { ContractCatalog, parsePublishedType, type ServiceContract } from '../contracts/service-contract';
import { claimInbox, recordDeadLetter } from '../inbox/inbox';
import { migrateMessagingSchema } from '../inbox/messaging.schema';
import type { EventHandler, EventHandlers, IncomingEvent } from '../incoming-event';
import { MessagingError, errorClassOf, errorMessageOf, isInfrastructureError } from '../messaging.errors';
import { nestMessagingLogger, type MessagingLogger } from '../messaging.logger';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { handleRunAtOnce, handleWithRetry, type HandlingOutcome, type HandlingStep } from './handling';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export interface StoreSubscriptionConsumerOptions {
  readonly store: EventStore;
  /** The consumer's name: its inbox rows, dead letters and subscription (`messaging.consumer.<name>`) carry it. */
  readonly consumer: string;
  /** Contracts of the services whose events are handled: they map stored types to published ones. */
  readonly contracts: readonly ServiceContract[];
  readonly handlers: EventHandlers;
  /** For the `messaging` schema's migration; default the PostgreSQL store's pool. */
  readonly pool?: Pool;
  readonly retry?: Partial<RetryPolicy>;
  /** Events per subscription batch, that is per transaction (default 100). */
  readonly batchSize?: number;
  /** Where a consumer without a checkpoint starts (default: the beginning of the store). */
  readonly from?: LogPosition;
  /** Check data against the contract's JSON Schema before handling (default true). */
  readonly validateSchemas?: boolean;
  /** Apply the `messaging` schema's migrations on start (default true). */
  readonly migrate?: boolean;
  readonly metrics?: MessagingMetrics;
  readonly logger?: MessagingLogger;
}

const SAVEPOINT = 'messaging_event';

/**
 * The handler API of {@link KafkaEventConsumer}, fed by the event store's catch-up subscription (the all-in-one
 * shape): each batch is one transaction carrying the inbox rows, the effects and the checkpoint. A failing event is
 * retried inside a savepoint; one that keeps failing is written to `messaging.dead_letters` and the batch goes on.
 */
export class StoreSubscriptionConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly metrics: MessagingMetrics;
  readonly subscriptionId: string;
  private readonly catalog: ContractCatalog;
  private readonly validator: SchemaValidator | undefined;
  private readonly retryPolicy: RetryPolicy;
  private readonly logger: MessagingLogger;
  private readonly categories: readonly string[];
  private subscription: Subscription | undefined;
  private abort = new AbortController();

  constructor(private readonly options: StoreSubscriptionConsumerOptions) {
    this.catalog = new ContractCatalog(options.contracts);
    this.metrics = options.metrics ?? new MessagingMetrics();
    this.logger = options.logger ?? nestMessagingLogger(`StoreSubscriptionConsumer(${options.consumer})`);
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.validator = options.validateSchemas === false ? undefined : new SchemaValidator(this.catalog);
    this.subscriptionId = `messaging.consumer.${options.consumer}`;
    this.categories = this.categoriesOfHandledServices();
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
    if (this.subscription) return;
    if (this.options.migrate !== false) {
      const pool =
        this.options.pool ?? (this.options.store instanceof PostgresEventStore ? this.options.store.pool : undefined);
      if (!pool)
        throw new MessagingError(
          'MESSAGING.NO_TRANSACTION',
          'StoreSubscriptionConsumer needs a pool to migrate the messaging schema',
        );
      await migrateMessagingSchema(pool);
    }
    this.abort = new AbortController();
    this.subscription = this.options.store.subscribe({
      subscriptionId: this.subscriptionId,
      categories: this.categories,
      batchSize: this.options.batchSize ?? 100,
      ...(this.options.from ? { from: this.options.from } : {}),
      handler: (events, context) => this.consumeBatch(events, context),
    });
    this.logger.log('Consumer started', { consumer: this.options.consumer, categories: this.categories });
  }

  /** Ends a retry pause in progress (that batch rolls back and is delivered again later), then stops. */
  async stop(): Promise<void> {
    this.abort.abort();
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private async consumeBatch(events: readonly RecordedEvent[], context: SubscriptionContext): Promise<void> {
    const tx = context.transaction;
    if (!tx) {
      throw new MessagingError(
        'MESSAGING.NO_TRANSACTION',
        'The event store gave the subscription no transaction for the inbox',
      );
    }
    const steps: HandlingStep[] = [];
    for (const stored of events) {
      const published = this.catalog.forStream(stored.streamId, stored.type);
      const handler = published ? this.options.handlers[published.publishedType] : undefined;
      if (!published || !handler) {
        this.metrics.skipped.inc({ consumer: this.options.consumer, type: published?.publishedType ?? stored.type });
        continue;
      }
      steps.push({ event: fromRecordedEvent(stored, published, this.subscriptionId), handler });
    }
    // The whole batch at once; when any event of it fails (or fails its schema), one at a time, each in its own
    // savepoint, so that the failing one is retried and dead-lettered alone.
    let failure: { readonly index: number; readonly error: unknown } | undefined;
    if (steps.every((step) => this.isValid(step.event))) {
      const run = await handleRunAtOnce(tx, this.options.consumer, steps);
      if (run.ok) {
        run.outcomes.forEach((outcome, index) => {
          const labels = { consumer: this.options.consumer, type: steps[index]?.event.type ?? '' };
          (outcome === 'handled' ? this.metrics.handled : this.metrics.duplicates).inc(labels);
        });
        return;
      }
      failure = run.failure;
    }
    for (const [index, step] of steps.entries()) {
      await this.consumeEvent(tx, step.event, step.handler, index === failure?.index ? failure : undefined);
    }
  }

  private isValid(event: IncomingEvent): boolean {
    try {
      this.validator?.assertValid(event.type, event.data);
      return true;
    } catch {
      return false;
    }
  }

  /** Handles one event in a savepoint of its own; `firstAttempt` is an attempt already made, and its error. */
  private async consumeEvent(
    tx: SqlTransaction,
    event: IncomingEvent,
    handler: EventHandler,
    firstAttempt?: { readonly error: unknown },
  ): Promise<void> {
    const labels = { consumer: this.options.consumer, type: event.type };
    let outcome: HandlingOutcome;
    try {
      this.validator?.assertValid(event.type, event.data);
      outcome = await handleWithRetry(
        this.retryPolicy,
        () => this.inSavepoint(tx, event, handler),
        {
          signal: this.abort.signal,
          onRetry: (error, attempt, delayMs) => {
            this.metrics.retried.inc(labels);
            this.logger.warn('Handler failed; retrying', {
              ...labels,
              eventId: event.eventId,
              attempt,
              delayMs,
              error: errorMessageOf(error),
            });
          },
        },
        firstAttempt,
      );
    } catch (error) {
      outcome = { kind: 'failed', error, attempts: 1 };
    }
    switch (outcome.kind) {
      case 'handled':
        this.metrics.handled.inc(labels);
        return;
      case 'duplicate':
        this.metrics.duplicates.inc(labels);
        return;
      case 'interrupted':
        // Rolls the whole batch back, checkpoint included: it is delivered again after the restart.
        throw new Error(`Consumer ${this.options.consumer} stopped while retrying event ${event.eventId}`);
      case 'failed': {
        if (isInfrastructureError(outcome.error)) throw outcome.error;
        const errorClass = errorClassOf(outcome.error);
        await recordDeadLetter(tx, {
          consumer: this.options.consumer,
          event,
          error: errorMessageOf(outcome.error),
          errorClass,
          attempts: outcome.attempts,
        });
        this.metrics.deadLettered.inc({ ...labels, error_class: errorClass });
        this.logger.error('Event dead-lettered', {
          ...labels,
          eventId: event.eventId,
          attempts: outcome.attempts,
          errorClass,
          error: errorMessageOf(outcome.error),
        });
        return;
      }
      default: {
        const unknownOutcome: never = outcome;
        throw new Error(`Unknown handling outcome ${JSON.stringify(unknownOutcome)}`);
      }
    }
  }

  private async inSavepoint(tx: SqlTransaction, event: IncomingEvent, handler: EventHandler): Promise<boolean> {
    await tx.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      const fresh = await claimInbox(tx, this.options.consumer, event.eventId);
      if (fresh) await handler(event, tx);
      await tx.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      return fresh;
    } catch (error) {
      // Undoes this event's writes only; when even that fails the connection is gone and the batch rolls back.
      await tx.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      await tx.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      throw error;
    }
  }

  private categoriesOfHandledServices(): string[] {
    const categories = new Set<string>();
    for (const publishedType of Object.keys(this.options.handlers)) {
      const published = this.catalog.forPublished(publishedType);
      if (!published) {
        const service = parsePublishedType(publishedType)?.service;
        throw new MessagingError(
          'MESSAGING.INVALID_CONTRACT',
          `Handler for '${publishedType}': ${service && this.catalog.service(service) ? `the ${service} contract does not declare it` : 'no contract given for its service'}`,
        );
      }
      for (const category of this.catalog.service(published.service)?.categories ?? []) categories.add(category);
    }
    if (categories.size === 0)
      throw new MessagingError('MESSAGING.INVALID_CONTRACT', 'A consumer needs at least one handler');
    return [...categories].sort();
  }
}
