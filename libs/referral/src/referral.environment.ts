import { IsJSON, IsOptional, IsUrl } from 'class-validator';
import { agencyOptionsOf, type AgencyEnvironment } from '@casemgmt/host';
import type { ReferralServiceOptions } from './referral.service';
import { parseReferralPrograms } from './shared/referral-settings';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any constructor arguments
type AgencyEnvironmentClass = new (...args: any[]) => AgencyEnvironment;

/** Adds referral's variables to an agency's environment class, so a host validates them all as one class. */
export function withReferralVariables<Base extends AgencyEnvironmentClass>(Base: Base) {
  class WithReferralVariables extends Base {
    /** Each program's referral settings where they differ from the default: `{"<program id>": {"responseBusinessDays": 5}}`. */
    @IsOptional()
    @IsJSON()
    readonly REFERRAL_PROGRAMS?: string;

    /** Where intake answers (distributed); the all-in-one host asks its own routes when it is left out. */
    @IsOptional()
    @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
    readonly INTAKE_URL?: string;
  }
  return WithReferralVariables;
}

/** Referral's options from its environment, but for the contracts it consumes (the app gives those). */
export function referralOptionsOf(
  env: AgencyEnvironment & { readonly REFERRAL_PROGRAMS?: string; readonly INTAKE_URL?: string },
): Omit<ReferralServiceOptions, 'consumes'> {
  const { timeZone, holidays, personalDataMasterKey } = agencyOptionsOf(env);
  return {
    personalDataMasterKey,
    settings: {
      timeZone,
      holidays,
      programs: env.REFERRAL_PROGRAMS ? parseReferralPrograms(env.REFERRAL_PROGRAMS) : {},
    },
    ...(env.INTAKE_URL ? { intakeUrl: env.INTAKE_URL } : {}),
  };
}
