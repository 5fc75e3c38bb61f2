import type { Pool } from 'pg';
import type { EventStore } from '@casemgmt/event-store';
import {
  KafkaEventConsumer,
  StoreSubscriptionConsumer,
  type MessagingLogger,
  type MessagingTransport,
  type RetryPolicy,
  type ServiceContract,
} from '@casemgmt/messaging';
import { buildAuditHandlers } from './audit-handlers';

/** Where the audit trail reads events: the event store's subscription (all-in-one) or Kafka (distributed). */
export type AuditSource = 'store' | { readonly kafkaBrokers: readonly string[] };

/** Consumer name of the audit trail: its inbox rows, store subscription and Kafka consumer group. */
export const AUDIT_CONSUMER = 'audit';

/** Either consumer, as the audit module starts and stops it. */
export interface AuditEventSource {
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface CommonSourceOptions {
  /** The audited services' contracts; each of their published types is appended to the chain. */
  readonly contracts: readonly ServiceContract[];
  readonly consumer?: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly logger?: MessagingLogger;
}

/**
 * The all-in-one shape: the plain event store's subscription (never a store that opens personal data: the chain
 * keeps what was stored, ciphertext included). Nothing is validated against the contracts' schemas: an audit trail
 * records an event whatever its shape.
 */
export function auditStoreSource(
  options: CommonSourceOptions & { readonly store: EventStore; readonly pool?: Pool },
): StoreSubscriptionConsumer {
  return new StoreSubscriptionConsumer({
    store: options.store,
    consumer: options.consumer ?? AUDIT_CONSUMER,
    contracts: options.contracts,
    handlers: buildAuditHandlers(options.contracts),
    validateSchemas: false,
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

/**
 * The distributed shape: each audited service's topic, in consumer group `audit`. No contracts are passed to the
 * consumer, so no schema check can dead-letter an event the trail should keep.
 */
export function auditKafkaSource(
  options: CommonSourceOptions & { readonly transport: MessagingTransport; readonly pool: Pool },
): KafkaEventConsumer {
  return new KafkaEventConsumer({
    group: options.consumer ?? AUDIT_CONSUMER,
    transport: options.transport,
    pool: options.pool,
    handlers: buildAuditHandlers(options.contracts),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
