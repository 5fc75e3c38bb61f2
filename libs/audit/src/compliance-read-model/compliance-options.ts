/** Injection token of {@link ComplianceOptions}. */
export const COMPLIANCE_OPTIONS = Symbol('COMPLIANCE_OPTIONS');

/** How the audit service evaluates compliance. */
export interface ComplianceOptions {
  /** The agency's IANA time zone, in which the rules count days and months and reports read dates. */
  readonly timeZone: string;
  /** How often the evaluator looks for new entries of the chain. */
  readonly pollIntervalMs: number;
}

/** The time zone the agency's services use when none is configured (`AGENCY_TIME_ZONE`'s default). */
export const DEFAULT_COMPLIANCE_TIME_ZONE = 'America/Los_Angeles';
