import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, HealthController, type AuthOptions } from '@casemgmt/auth';
import { EVENT_STORE, type EventStore, EventStoreModule } from '@casemgmt/event-store';
import { ServiceRelay } from '@casemgmt/messaging';
import type { EventSource, HostedService } from './hosted-service';
import { SERVICE_SCHEMAS, ServiceSchemas } from './service-schemas';

export interface HostOptions {
  /** The host's PostgreSQL: read models, inboxes, key vault, and the event store unless EventStoreDB is given. */
  readonly databaseUrl: string;
  /** When set, events live in EventStoreDB; everything else stays in PostgreSQL. */
  readonly eventStoreDbConnectionString?: string;
  readonly auth: AuthOptions;
  /**
   * Kafka brokers. Given, the services' events are relayed to their topics and consumers read the topics; not
   * given, consumers follow the event store's own subscription and nothing is relayed.
   */
  readonly kafkaBrokers?: readonly string[];
  readonly services: readonly HostedService[];
  /** Controllers of the app itself (beside /health). */
  readonly controllers?: readonly Type<unknown>[];
  /** Connections of the event store's pool (default 20) and of the read models' pool (pg's default, 10). */
  readonly pools?: { readonly eventStore?: number; readonly readModels?: number };
}

/** Where a host's consumers read events, from its options. */
export function eventSourceOf(options: Pick<HostOptions, 'kafkaBrokers'>): EventSource {
  const brokers = options.kafkaBrokers ?? [];
  return brokers.length > 0 ? { kind: 'kafka', brokers } : { kind: 'store' };
}

/**
 * The one host of every app and test app: the event store, TypeORM, auth, /health, the services' schemas migrated
 * on start, their modules, and (with Kafka) a relay of each published contract.
 */
@Module({})
export class HostModule {
  static forRoot(options: HostOptions): DynamicModule {
    const source = eventSourceOf(options);
    const relays: Provider[] =
      source.kind === 'kafka'
        ? options.services.flatMap((service) => {
            const contract = service.contract;
            if (!contract) return [];
            return [
              {
                provide: Symbol(`${contract.service} relay`),
                inject: [EVENT_STORE],
                useFactory: (store: EventStore) => new ServiceRelay(store, contract, source.brokers),
              },
            ];
          })
        : [];
    return {
      module: HostModule,
      imports: [
        EventStoreModule.forRoot({
          databaseUrl: options.databaseUrl,
          ...(options.eventStoreDbConnectionString
            ? { eventStoreDbConnectionString: options.eventStoreDbConnectionString }
            : {}),
          ...(options.pools?.eventStore ? { poolSize: options.pools.eventStore } : {}),
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          retryAttempts: 3,
          retryDelay: 1_000,
          ...(options.pools?.readModels ? { extra: { max: options.pools.readModels } } : {}),
        }),
        TerminusModule,
        AuthModule.forRoot(options.auth),
        ...options.services.map((service) => service.module(source)),
      ],
      controllers: [HealthController, ...(options.controllers ?? [])],
      providers: [
        { provide: SERVICE_SCHEMAS, useValue: options.services.flatMap((service) => service.schema ?? []) },
        ServiceSchemas,
        ...relays,
      ],
    };
  }
}
