import { IsJSON, IsOptional } from 'class-validator';
import { agencyOptionsOf, type AgencyEnvironment } from '@casemgmt/host';
import type { CarePlanServiceOptions } from './care-plan.service';
import { parseProgramSettings } from './shared/program-settings';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any constructor arguments
type AgencyEnvironmentClass = new (...args: any[]) => AgencyEnvironment;

/**
 * Adds care plan's variables to an agency's environment class, so an app hosting care plan beside other services
 * validates them all as one class.
 */
export function withCarePlanVariables<Base extends AgencyEnvironmentClass>(Base: Base) {
  class WithCarePlanVariables extends Base {
    /**
     * Each program's deadlines where they differ from the default, as JSON:
     * `{"<program id>": {"firstContactWithin": {"urgent": "P3D"}, "reviewIntervalDays": 60}}`.
     */
    @IsOptional()
    @IsJSON()
    readonly CARE_PLAN_PROGRAMS?: string;
  }
  return WithCarePlanVariables;
}

/** Care plan's options from its environment, but for the contracts it consumes (the app gives those). */
export function carePlanOptionsOf(
  env: AgencyEnvironment & { readonly CARE_PLAN_PROGRAMS?: string },
): Omit<CarePlanServiceOptions, 'consumes'> {
  const { timeZone, holidays, personalDataMasterKey } = agencyOptionsOf(env);
  return {
    personalDataMasterKey,
    settings: {
      timeZone,
      holidays,
      programs: env.CARE_PLAN_PROGRAMS ? parseProgramSettings(env.CARE_PLAN_PROGRAMS) : {},
    },
  };
}
