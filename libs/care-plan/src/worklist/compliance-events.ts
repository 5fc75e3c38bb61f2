// Care plan's own reading of the compliance deadlines audit publishes (ADR 0038), as it reads intake's and
// referral's events: the published type of each and only the fields the worklist uses. Nothing here comes from
// audit's code (ADR 0018): audit owns the agency's rules, care plan owns the worklist.

import { publishedTypeOf, type ServiceContract } from '@casemgmt/messaging';

/** The service whose contract publishes these: a host may give it to care plan or not. */
export const COMPLIANCE_SERVICE = 'audit';

/** The published types the worklist follows, exactly as audit's contract names them. */
export const COMPLIANCE_EVENTS = {
  deadlineOpened: 'audit.ComplianceDeadlineOpened.v1',
  deadlineClosed: 'audit.ComplianceDeadlineClosed.v1',
} as const;

export interface ComplianceDeadlineOpenedV1 {
  readonly caseId: string;
  readonly deadlineId: string;
  readonly ruleId: string;
  readonly description: string;
  readonly concerns: string | null;
  readonly dueAt: string;
  readonly fineCents: number;
  /** The worklist item the rule says the deadline stands for (`first_contact`), when it says one. */
  readonly worklistItem?: string;
}
export interface ComplianceDeadlineClosedV1 {
  readonly caseId: string;
  readonly deadlineId: string;
  /** met, met_late, cancelled, missed or withdrawn. */
  readonly outcome: string;
}

/** What the worklist keeps of an open deadline beside its due instant, and shows with it. */
export interface ComplianceDetail {
  readonly ruleId: string;
  readonly description: string;
  readonly concerns: string | null;
  readonly fineCents: number;
  /** The item of the list the deadline stands for, which then shows it (see `foldComplianceDeadlines`). */
  readonly worklistItem?: string;
}

/** Was care plan given audit's contract? Without it the worklist simply has no compliance deadlines. */
export function followsCompliance(contracts: readonly ServiceContract[]): boolean {
  return contracts.some((contract) => contract.service === COMPLIANCE_SERVICE);
}

/** The compliance types the worklist reads that the given audit contract does not publish; empty without one. */
export function complianceTypesMissingFrom(contracts: readonly ServiceContract[]): string[] {
  const audit = contracts.filter((contract) => contract.service === COMPLIANCE_SERVICE);
  if (audit.length === 0) return [];
  const published = new Set(
    audit.flatMap((contract) =>
      contract.events.map((event) => publishedTypeOf(contract.service, event.type, event.version)),
    ),
  );
  return Object.values(COMPLIANCE_EVENTS).filter((type) => !published.has(type));
}
