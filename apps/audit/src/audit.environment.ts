import { IsOptional, IsString, IsUrl } from 'class-validator';
import { AuthEnvironment } from '@casemgmt/auth';

/** Every variable the audit service reads, validated at boot. */
export class AuditEnvironment extends AuthEnvironment {
  /** The service's PostgreSQL: the audit chain, the inbox, and (store source) the event store it follows. */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  readonly DATABASE_URL!: string;

  /** Comma-separated brokers: when set, events come from the services' topics; otherwise from the event store. */
  @IsOptional()
  @IsString()
  readonly KAFKA_BROKERS?: string;
}
