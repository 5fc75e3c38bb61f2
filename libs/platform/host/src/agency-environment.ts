import { join } from 'node:path';
import { IsBase64, IsTimeZone, ValidateIf } from 'class-validator';
import { AuthEnvironment } from '@casemgmt/auth';
import { developmentMasterKey } from '@casemgmt/personal-data';

/**
 * The variables every service that holds client data reads alike: the agency's time zone, in which its dates end,
 * and the master key wrapping every client's data key (one key per client across services, so shredding it erases
 * the client everywhere).
 */
export class AgencyEnvironment extends AuthEnvironment {
  /** The agency's IANA time zone, in which dates such as a consent's expiry date or a task's due date end. */
  @IsTimeZone()
  readonly AGENCY_TIME_ZONE: string = 'America/Los_Angeles';

  /** Base64 of 32 random bytes wrapping every client's data key. Required in production (from a secret store). */
  @ValidateIf((env: AgencyEnvironment) => env.NODE_ENV === 'production' || env.PERSONAL_DATA_MASTER_KEY !== undefined)
  @IsBase64()
  readonly PERSONAL_DATA_MASTER_KEY?: string;
}

export interface AgencyOptions {
  readonly timeZone: string;
  /** Base64 of the 32-byte key that wraps every client's data key. */
  readonly personalDataMasterKey: string;
}

/** The agency's options; outside production a missing master key is created once under DATA_DIR. */
export function agencyOptionsOf(env: AgencyEnvironment): AgencyOptions {
  return {
    timeZone: env.AGENCY_TIME_ZONE,
    personalDataMasterKey:
      env.PERSONAL_DATA_MASTER_KEY ?? developmentMasterKey(join(env.DATA_DIR, 'personal-data', 'master-key')),
  };
}
