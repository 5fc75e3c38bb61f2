import { IsInt, Max, Min } from 'class-validator';
import { AgencyEnvironment, agencyOptionsOf } from '@casemgmt/host';
import type { IntakeModuleOptions } from './intake.module';

/** The variables intake reads, beside every service's own and the agency's; the apps that host intake extend this. */
export class IntakeEnvironment extends AgencyEnvironment {
  /** Open cases a case manager may hold before an assignment needs a supervisor's override. */
  @IsInt()
  @Min(1)
  @Max(500)
  readonly CASELOAD_LIMIT: number = 40;
}

/** Intake's module options; outside production a missing master key is created once under DATA_DIR. */
export function intakeOptionsOf(env: IntakeEnvironment): IntakeModuleOptions {
  const { timeZone, personalDataMasterKey } = agencyOptionsOf(env);
  return { caseloadLimit: env.CASELOAD_LIMIT, timeZone, personalDataMasterKey };
}
