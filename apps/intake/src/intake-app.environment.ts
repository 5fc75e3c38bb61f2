import { IsOptional, IsString, IsUrl } from 'class-validator';
import { IntakeEnvironment } from '@casemgmt/intake';

/** Every variable the intake service reads, validated at boot. */
export class IntakeAppEnvironment extends IntakeEnvironment {
  /** The service's PostgreSQL: read models, the key vault, and the event store unless EVENTSTORE_CONNECTION_STRING is set. */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  readonly DATABASE_URL!: string;

  @IsOptional()
  @IsString()
  readonly EVENTSTORE_CONNECTION_STRING?: string;

  /** When set, intake's events are relayed to `casemgmt.intake.events.v1`. */
  @IsOptional()
  @IsString()
  readonly KAFKA_BROKERS?: string;
}
