import { IsOptional, IsString, IsUrl, ValidateIf } from 'class-validator';
import { withCarePlanVariables } from '@casemgmt/care-plan';
import { IntakeEnvironment } from '@casemgmt/intake';
import { withReferralVariables } from '@casemgmt/referral';

/** Every variable the all-in-one platform reads, validated at boot. */
export class PlatformEnvironment extends withReferralVariables(withCarePlanVariables(IntakeEnvironment)) {
  /** Unset: an embedded PostgreSQL is started under DATA_DIR. Required in production. */
  @ValidateIf((env: PlatformEnvironment) => env.NODE_ENV === 'production' || env.DATABASE_URL !== undefined)
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  readonly DATABASE_URL?: string;

  /** The console's build folder, served at `/`; default the one built beside the platform (dist/apps/console). */
  @IsOptional()
  @IsString()
  readonly CONSOLE_DIR?: string;
}
