import { join } from 'node:path';
import { IsBase64, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { ServiceEnvironment } from '@casemgmt/kernel';
import { developmentMasterKey } from '@casemgmt/personal-data';
import type { IntakeModuleOptions } from './intake.module';

/** The variables intake reads, beside every service's own; the apps that host intake extend this. */
export class IntakeEnvironment extends ServiceEnvironment {
  /** Open cases a case manager may hold before an assignment needs a supervisor's override. */
  @IsInt()
  @Min(1)
  @Max(500)
  readonly CASELOAD_LIMIT: number = 40;

  /** Base64 of 32 random bytes wrapping every client's data key. Required in production (from a secret store). */
  @ValidateIf((env: IntakeEnvironment) => env.NODE_ENV === 'production' || env.PERSONAL_DATA_MASTER_KEY !== undefined)
  @IsBase64()
  readonly PERSONAL_DATA_MASTER_KEY?: string;
}

/** Intake's module options; outside production a missing master key is created once under DATA_DIR. */
export function intakeOptionsOf(env: IntakeEnvironment): IntakeModuleOptions {
  return {
    caseloadLimit: env.CASELOAD_LIMIT,
    personalDataMasterKey:
      env.PERSONAL_DATA_MASTER_KEY ?? developmentMasterKey(join(env.DATA_DIR, 'personal-data', 'master-key')),
  };
}
