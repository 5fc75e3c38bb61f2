import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, HealthController, type AuthOptions } from '@casemgmt/auth';
import { EVENT_STORE, type EventStore, EventStoreModule } from '@casemgmt/event-store';
import { INTAKE_CONTRACT, IntakeModule, type IntakeModuleOptions } from '@casemgmt/intake';
import { brokerList, ServiceRelay } from '@casemgmt/messaging';

export interface IntakeAppConfig {
  readonly databaseUrl: string;
  readonly eventStoreDbConnectionString?: string;
  readonly auth: AuthOptions;
  readonly intake: IntakeModuleOptions;
  /** Comma-separated Kafka brokers; when set, intake's events are relayed to its topic. */
  readonly kafkaBrokers?: string;
}

/** Intake as a service of its own (the distributed shape). */
@Module({})
export class IntakeAppModule {
  static forRoot(config: IntakeAppConfig): DynamicModule {
    return {
      module: IntakeAppModule,
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
        IntakeModule.forRoot(config.intake),
      ],
      controllers: [HealthController],
      providers: config.kafkaBrokers
        ? [
            {
              provide: ServiceRelay,
              inject: [EVENT_STORE],
              useFactory: (store: EventStore) =>
                new ServiceRelay(store, INTAKE_CONTRACT, brokerList(config.kafkaBrokers ?? '')),
            },
          ]
        : [],
    };
  }
}
