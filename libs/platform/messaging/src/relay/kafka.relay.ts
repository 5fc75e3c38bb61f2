import {
  PostgresEventStore,
  type EventStore,
  type LogPosition,
  type RecordedEvent,
  type Subscription,
} from '@casemgmt/event-store';
import { toKafkaMessage } from '../cloudevents/cloud-event.mapper';
import { ContractCatalog, topicOf, type ServiceContract } from '../contracts/service-contract';
import { MessagingError, errorClassOf, errorMessageOf } from '../messaging.errors';
import { nestMessagingLogger, type MessagingLogger } from '../messaging.logger';
import type { MessageProducer, MessagingTransport, OutgoingMessage, TopicSettings } from '../messaging.port';
import { MessagingMetrics, type RelayLagProbe } from '../metrics/messaging.metrics';
import { postgresRelayLagProbe } from './postgres-relay-lag.probe';

export interface KafkaRelayOptions {
  readonly store: EventStore;
  /** The service whose categories are relayed and whose declared event types may be published. */
  readonly contract: ServiceContract;
  readonly transport: MessagingTransport;
  /** Partitions, replication and configuration of the topic when the relay creates it on start. */
  readonly topic?: TopicSettings;
  /** Events per store batch, that is per checkpoint (default 1,000). */
  readonly batchSize?: number;
  /** Default `messaging.relay.<service>`. */
  readonly subscriptionId?: string;
  /** Where a relay without a checkpoint starts (default: the beginning of the store). */
  readonly from?: LogPosition;
  /** Default: metrics of its own; pass the app's instance to serve them together. */
  readonly metrics?: MessagingMetrics;
  readonly logger?: MessagingLogger;
  /** How the lag gauge is measured; default: a count in the PostgreSQL store's tables, when the store is one. */
  readonly lagProbe?: RelayLagProbe;
}

/**
 * Relays one service's events from the event store to `casemgmt.<service>.events.v1`, in global order, as CloudEvents
 * in binary mode. Each batch is produced with acks from all in-sync replicas inside the store subscription's
 * transaction, whose checkpoint commits only once the broker acknowledged: at least once, never a gap.
 */
export class KafkaRelay {
  readonly topic: string;
  readonly subscriptionId: string;
  readonly metrics: MessagingMetrics;
  private readonly service: string;
  private readonly catalog: ContractCatalog;
  private readonly logger: MessagingLogger;
  private readonly lagProbe: RelayLagProbe | undefined;
  private producer: MessageProducer | undefined;
  private subscription: Subscription | undefined;
  private removeLagProbe: (() => void) | undefined;

  constructor(private readonly options: KafkaRelayOptions) {
    this.service = options.contract.service;
    this.catalog = new ContractCatalog([options.contract]);
    this.topic = topicOf(this.service);
    this.subscriptionId = options.subscriptionId ?? `messaging.relay.${this.service}`;
    this.metrics = options.metrics ?? new MessagingMetrics();
    this.logger = options.logger ?? nestMessagingLogger(`KafkaRelay(${this.service})`);
    this.lagProbe =
      options.lagProbe ??
      (options.store instanceof PostgresEventStore
        ? postgresRelayLagProbe(options.store.pool, this.subscriptionId, options.contract.categories, options.from)
        : undefined);
  }

  /** Creates the topic if needed, connects the producer and starts following the store. */
  async start(): Promise<void> {
    if (this.subscription) return;
    if (this.options.contract.categories.length === 0) {
      throw new MessagingError(
        'MESSAGING.INVALID_CONTRACT',
        `Service '${this.service}' declares no categories to relay`,
      );
    }
    await this.options.transport.ensureTopics([{ topic: this.topic, ...this.options.topic }]);
    const producer = this.options.transport.producer();
    await producer.connect();
    this.producer = producer;
    if (this.lagProbe) this.removeLagProbe = this.metrics.addLagProbe(this.service, this.lagProbe);
    this.subscription = this.options.store.subscribe({
      subscriptionId: this.subscriptionId,
      categories: this.options.contract.categories,
      batchSize: this.options.batchSize ?? 1_000,
      ...(this.options.from ? { from: this.options.from } : {}),
      handler: async (events, context) => {
        // The checkpoint may commit asynchronously: losing its last few milliseconds in a database crash only sends
        // those events again (at least once), while the events themselves are already durable. It saves a WAL flush
        // per batch, which at low rates (a batch per append) is most of the relay's cost.
        await context.transaction?.query('SET LOCAL synchronous_commit = off');
        await this.relay(producer, events);
      },
    });
    this.logger.log('Relay started', { topic: this.topic, categories: this.options.contract.categories });
  }

  /** Lets the batch in flight finish (and its checkpoint commit), then disconnects. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    this.removeLagProbe?.();
    this.removeLagProbe = undefined;
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  /** Events of the service not yet relayed; undefined when there is no way to tell for this store. */
  async lag(): Promise<number | undefined> {
    return this.lagProbe?.();
  }

  private async relay(producer: MessageProducer, events: readonly RecordedEvent[]): Promise<void> {
    const started = performance.now();
    try {
      const messages = events.map((event) => this.toMessage(event));
      await producer.send(this.topic, messages);
    } catch (error) {
      // The store rolls the batch back and delivers it again after a pause; say why here, where it is understood.
      this.metrics.relayFailures.inc({ service: this.service, error_class: errorClassOf(error) });
      this.logger.error('Relay batch failed; the store will deliver it again', {
        topic: this.topic,
        events: events.length,
        firstPosition: events[0]?.globalPosition,
        error: errorMessageOf(error),
      });
      throw error;
    }
    this.metrics.relayed.inc({ service: this.service }, events.length);
    this.metrics.relayBatchSeconds.observe({ service: this.service }, (performance.now() - started) / 1000);
  }

  private toMessage(event: RecordedEvent): OutgoingMessage {
    const published = this.catalog.forStored(this.service, event.type);
    if (!published) {
      // Publishing it anyway would hand partners an undocumented type; stopping makes the gap impossible to miss.
      throw new MessagingError(
        'MESSAGING.UNDECLARED_EVENT_TYPE',
        `Stored event type '${event.type}' (stream ${event.streamId}) is not declared in the ${this.service} contract`,
        { service: this.service, type: event.type, streamId: event.streamId, eventId: event.eventId },
      );
    }
    return toKafkaMessage(event, published);
  }
}
