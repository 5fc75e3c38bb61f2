import type { DynamicModule, Type } from '@nestjs/common';
import type { SchemaMigration } from '@casemgmt/kernel';
import type { ServiceContract } from '@casemgmt/messaging';

/**
 * Where a host's consumers read other services' events: the event store's own subscription (one process, or one
 * database), or the services' Kafka topics (the distributed shape).
 */
export type EventSource = { readonly kind: 'store' } | { readonly kind: 'kafka'; readonly brokers: readonly string[] };

/** A schema a service owns in the host's PostgreSQL, brought up to date once at start. */
export interface ServiceSchema {
  readonly name: string;
  readonly migrations: readonly SchemaMigration[];
}

/** What a service library gives the host: its Nest module, its schema, and the contract of the events it publishes. */
export interface HostedService {
  /** The service's module, given where the host's events come from (a consumer reads them there). */
  readonly module: (source: EventSource) => Type<unknown> | DynamicModule;
  readonly schema?: ServiceSchema;
  /** Relayed to `casemgmt.<service>.events.v1` when the host runs with Kafka brokers. */
  readonly contract?: ServiceContract;
}
