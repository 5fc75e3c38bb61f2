import { IsOptional, IsString, IsUrl, Matches, ValidateIf } from 'class-validator';
import { withCarePlanVariables } from '@casemgmt/care-plan';
import { IntakeEnvironment } from '@casemgmt/intake';
import { withReferralVariables } from '@casemgmt/referral';
import { CONSOLE_ORIGINS_PATTERN } from './console/console-origins';

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

  /**
   * Origins of a console deployed on its own (comma-separated, e.g. `https://console.county.example`): the API
   * answers their browsers (CORS). Unset: only the console served here, at the same origin, calls the API.
   */
  @IsOptional()
  @Matches(CONSOLE_ORIGINS_PATTERN, {
    message: 'CONSOLE_ORIGINS must list origins (https://host[:port]), separated by commas',
  })
  readonly CONSOLE_ORIGINS?: string;
}
