import { AUDIT_CONTRACT, auditService } from '@casemgmt/audit';
import { carePlanService, type CarePlanServiceOptions } from '@casemgmt/care-plan';
import type { HostedService } from '@casemgmt/host';
import { INTAKE_CONTRACT, intakeService, type IntakeModuleOptions } from '@casemgmt/intake';
import { PROVIDER_DIRECTORY_CONTRACT, providerDirectoryService } from '@casemgmt/provider-directory';
import { REFERRAL_CONTRACT, referralService, type ReferralServiceOptions } from '@casemgmt/referral';

/**
 * The all-in-one shape: every service in one process on one PostgreSQL. Without Kafka brokers, the audit trail,
 * care plan and referral follow the store's own subscription and nothing is relayed; referral asks intake's
 * routes in this same process for the consent in force at a send.
 */
export function platformServices(
  intake: IntakeModuleOptions,
  carePlan: Omit<CarePlanServiceOptions, 'consumes'>,
  referral: Omit<ReferralServiceOptions, 'consumes'>,
): HostedService[] {
  return [
    intakeService(intake),
    providerDirectoryService(),
    // Care plan's worklist follows referral's events as well (answers due, follow-ups) and audit's compliance
    // deadlines (ADR 0038).
    carePlanService({ ...carePlan, consumes: [INTAKE_CONTRACT, REFERRAL_CONTRACT, AUDIT_CONTRACT] }),
    referralService({ ...referral, consumes: [INTAKE_CONTRACT, PROVIDER_DIRECTORY_CONTRACT] }),
    // Compliance counts days in the agency's zone, as intake and care plan do.
    auditService({ timeZone: intake.timeZone }),
  ];
}
