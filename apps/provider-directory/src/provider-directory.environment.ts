import { IsOptional, IsString, IsUrl } from 'class-validator';
import { AuthEnvironment } from '@casemgmt/auth';

/** Every variable the provider-directory service reads, validated at boot. */
export class ProviderDirectoryEnvironment extends AuthEnvironment {
  /** The service's PostgreSQL: read models, and the event store unless EVENTSTORE_CONNECTION_STRING is set. */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  readonly DATABASE_URL!: string;

  @IsOptional()
  @IsString()
  readonly EVENTSTORE_CONNECTION_STRING?: string;

  /** When set, the directory's events are relayed to `casemgmt.provider-directory.events.v1`. */
  @IsOptional()
  @IsString()
  readonly KAFKA_BROKERS?: string;
}
