import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, type AuditSource } from '@casemgmt/audit';
import { AuthModule, HealthController, type AuthOptions } from '@casemgmt/auth';
import { EventStoreModule } from '@casemgmt/event-store';

export interface AuditAppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthOptions;
  /** `store` follows the event store in the same database; Kafka brokers consume the services' topics. */
  readonly source: AuditSource;
}

/** The audit trail as a service of its own. */
@Module({})
export class AuditAppModule {
  static forRoot(config: AuditAppConfig): DynamicModule {
    return {
      module: AuditAppModule,
      imports: [
        EventStoreModule.forRoot({ databaseUrl: config.databaseUrl }),
        // No entities: the health check pings the database through TypeORM.
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
        AuditModule.forRoot({ source: config.source }),
      ],
      controllers: [HealthController],
    };
  }
}
