import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, HealthController, type AuthOptions } from '@casemgmt/auth';
import { EVENT_STORE, type EventStore, EventStoreModule } from '@casemgmt/event-store';
import { brokerList, ServiceRelay } from '@casemgmt/messaging';
import { PROVIDER_DIRECTORY_CONTRACT, ProviderDirectoryModule } from '@casemgmt/provider-directory';

export interface ProviderDirectoryAppConfig {
  readonly databaseUrl: string;
  readonly eventStoreDbConnectionString?: string;
  readonly auth: AuthOptions;
  /** Comma-separated Kafka brokers; when set, the directory's events are relayed to its topic. */
  readonly kafkaBrokers?: string;
}

/** The provider directory as a service of its own (the distributed shape). */
@Module({})
export class ProviderDirectoryAppModule {
  static forRoot(config: ProviderDirectoryAppConfig): DynamicModule {
    return {
      module: ProviderDirectoryAppModule,
      imports: [
        EventStoreModule.forRoot({
          databaseUrl: config.databaseUrl,
          ...(config.eventStoreDbConnectionString
            ? { eventStoreDbConnectionString: config.eventStoreDbConnectionString }
            : {}),
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
        TerminusModule,
        AuthModule.forRoot(config.auth),
        ProviderDirectoryModule,
      ],
      controllers: [HealthController],
      providers: config.kafkaBrokers
        ? [
            {
              provide: ServiceRelay,
              inject: [EVENT_STORE],
              useFactory: (store: EventStore) =>
                new ServiceRelay(store, PROVIDER_DIRECTORY_CONTRACT, brokerList(config.kafkaBrokers ?? '')),
            },
          ]
        : [],
    };
  }
}
