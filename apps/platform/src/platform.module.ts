import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@casemgmt/audit';
import { AuthModule, HealthController, type AuthOptions } from '@casemgmt/auth';
import { EventStoreModule } from '@casemgmt/event-store';
import { IntakeModule, type IntakeModuleOptions } from '@casemgmt/intake';
import { ProviderDirectoryModule } from '@casemgmt/provider-directory';
import { SessionHttpController } from './session/session.http.controller';

export interface PlatformConfig {
  readonly databaseUrl: string;
  readonly auth: AuthOptions;
  readonly intake: IntakeModuleOptions;
}

/** The all-in-one shape: every service module in one process on one PostgreSQL. */
@Module({})
export class PlatformModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
        EventStoreModule.forRoot({ databaseUrl: config.databaseUrl }),
        TerminusModule,
        AuthModule.forRoot(config.auth),
        IntakeModule.forRoot(config.intake),
        ProviderDirectoryModule,
        // In one process the audit trail follows the store's own subscription: no Kafka needed.
        AuditModule.forRoot({ source: 'store' }),
      ],
      controllers: [HealthController, SessionHttpController],
    };
  }
}
