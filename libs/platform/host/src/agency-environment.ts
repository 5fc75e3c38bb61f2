import { join } from 'node:path';
import { IsBase64, IsOptional, IsTimeZone, Matches, ValidateIf } from 'class-validator';
import { AuthEnvironment } from '@casemgmt/auth';
import { parseHolidays } from '@casemgmt/kernel';
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

  /**
   * The agency's holidays, calendar dates separated by commas (`2026-11-26,2026-12-25`): no business day, so a
   * deadline counted in business days (a referral's answer, a missed appointment's follow-up) passes over them.
   */
  @IsOptional()
  @Matches(/^\s*\d{4}-\d{2}-\d{2}\s*(,\s*\d{4}-\d{2}-\d{2}\s*)*,?\s*$/, {
    message: 'AGENCY_HOLIDAYS must be calendar dates YYYY-MM-DD separated by commas',
  })
  readonly AGENCY_HOLIDAYS?: string;

  /** Base64 of 32 random bytes wrapping every client's data key. Required in production (from a secret store). */
  @ValidateIf((env: AgencyEnvironment) => env.NODE_ENV === 'production' || env.PERSONAL_DATA_MASTER_KEY !== undefined)
  @IsBase64()
  readonly PERSONAL_DATA_MASTER_KEY?: string;
}

export interface AgencyOptions {
  readonly timeZone: string;
  /** The agency's holidays (`YYYY-MM-DD`, in order): no business day. */
  readonly holidays: readonly string[];
  /** Base64 of the 32-byte key that wraps every client's data key. */
  readonly personalDataMasterKey: string;
}

/** The agency's options; outside production a missing master key is created once under DATA_DIR. */
export function agencyOptionsOf(env: AgencyEnvironment): AgencyOptions {
  return {
    timeZone: env.AGENCY_TIME_ZONE,
    holidays: parseHolidays(env.AGENCY_HOLIDAYS ?? ''),
    personalDataMasterKey:
      env.PERSONAL_DATA_MASTER_KEY ?? developmentMasterKey(join(env.DATA_DIR, 'personal-data', 'master-key')),
  };
}
