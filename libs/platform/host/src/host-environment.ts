import { IsOptional, IsString, IsUrl } from 'class-validator';
import { AuthEnvironment, authOptionsOf } from '@casemgmt/auth';
import { brokerList } from '@casemgmt/messaging';
import type { HostOptions } from './host.module';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any constructor arguments
type EnvironmentClass = new (...args: any[]) => AuthEnvironment;

/** The variables {@link withHostVariables} adds. */
export interface HostVariables {
  readonly DATABASE_URL: string;
  readonly EVENTSTORE_CONNECTION_STRING?: string;
  readonly KAFKA_BROKERS?: string;
}

/**
 * Adds the variables every hosted service reads (its database, EventStoreDB, Kafka) to an environment class, so a
 * service's own variables (intake's caseload limit) and the host's validate as one class.
 */
export function withHostVariables<Base extends EnvironmentClass>(Base: Base) {
  class WithHostVariables extends Base implements HostVariables {
    /** The service's PostgreSQL: read models, inboxes, and the event store unless EVENTSTORE_CONNECTION_STRING is set. */
    @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
    readonly DATABASE_URL!: string;

    @IsOptional()
    @IsString()
    readonly EVENTSTORE_CONNECTION_STRING?: string;

    /** Comma-separated brokers: events are relayed to the services' topics and consumers read them there. */
    @IsOptional()
    @IsString()
    readonly KAFKA_BROKERS?: string;
  }
  return WithHostVariables;
}

/** Every variable a hosted service reads, validated at boot; a service with variables of its own extends it. */
export class HostEnvironment extends withHostVariables(AuthEnvironment) {}

/** The host's options from its environment, but for the services. */
export function hostOptionsOf(env: AuthEnvironment & HostVariables): Omit<HostOptions, 'services'> {
  return {
    databaseUrl: env.DATABASE_URL,
    ...(env.EVENTSTORE_CONNECTION_STRING ? { eventStoreDbConnectionString: env.EVENTSTORE_CONNECTION_STRING } : {}),
    kafkaBrokers: brokerList(env.KAFKA_BROKERS ?? ''),
    auth: authOptionsOf(env),
  };
}
