import { join } from 'node:path';
import { IsBase64, IsInt, IsTimeZone, Max, Min, ValidateIf } from 'class-validator';
import { AuthEnvironment } from '@casemgmt/auth';
import { developmentMasterKey } from '@casemgmt/personal-data';
import type { IntakeModuleOptions } from './intake.module';

/** The variables intake reads, beside every service's own; the apps that host intake extend this. */
export class IntakeEnvironment extends AuthEnvironment {
  /** Open cases a case manager may hold before an assignment needs a supervisor's override. */
  @IsInt()
  @Min(1)
  @Max(500)
  readonly CASELOAD_LIMIT: number = 40;

  /** The agency's IANA time zone, in which dates such as a consent's expiry date end. */
  @IsTimeZone()
  readonly AGENCY_TIME_ZONE: string = 'America/Los_Angeles';

  /** Base64 of 32 random bytes wrapping every client's data key. Required in production (from a secret store). */
  @ValidateIf((env: IntakeEnvironment) => env.NODE_ENV === 'production' || env.PERSONAL_DATA_MASTER_KEY !== undefined)
  @IsBase64()
  readonly PERSONAL_DATA_MASTER_KEY?: string;
}

/** Intake's module options; outside production a missing master key is created once under DATA_DIR. */
export function intakeOptionsOf(env: IntakeEnvironment): IntakeModuleOptions {
  return {
    caseloadLimit: env.CASELOAD_LIMIT,
    timeZone: env.AGENCY_TIME_ZONE,
    personalDataMasterKey:
      env.PERSONAL_DATA_MASTER_KEY ?? developmentMasterKey(join(env.DATA_DIR, 'personal-data', 'master-key')),
  };
}
