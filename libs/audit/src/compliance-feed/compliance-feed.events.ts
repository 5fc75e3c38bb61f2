/**
 * Audit's published account of a case's compliance deadlines (ADR 0038): a deadline or monthly obligation of the
 * agency's rules that is open (pending, or past due and still unmet), with when it is due and what missing it costs;
 * and its closing. Ids, rule ids, instants and cents only: nothing about the client.
 */
export type ComplianceDeadlineOpened = {
  readonly type: 'ComplianceDeadlineOpened';
  readonly data: {
    readonly caseId: string;
    /** Stable for the obligation: its rule, what it concerns and the event it arose from. */
    readonly deadlineId: string;
    readonly ruleId: string;
    readonly description: string;
    /** The correlating key's value (a plan, a referral), the month (`YYYY-MM`), or null. */
    readonly concerns: string | null;
    readonly aroseAt: string;
    readonly dueAt: string;
    /** What the agency is fined if it is missed, in cents (USD). */
    readonly fineCents: number;
    readonly ruleSetId: string;
    readonly ruleSetVersion: number;
    /** The case manager's worklist item the rule says this deadline stands for (`first_contact`), when it says one. */
    readonly worklistItem?: string;
  };
};

/**
 * How an open deadline stopped being open: met (on time or late); cancelled (the case closed, the plan ended before
 * it was due); missed (it can no longer be met: a month gone by without a contact, a case closed past the due time);
 * withdrawn (the rules no longer ask it: a new rule set, an event entered in error).
 */
export const DEADLINE_OUTCOMES = ['met', 'met_late', 'cancelled', 'missed', 'withdrawn'] as const;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number];

export type ComplianceDeadlineClosed = {
  readonly type: 'ComplianceDeadlineClosed';
  readonly data: {
    readonly caseId: string;
    readonly deadlineId: string;
    readonly ruleId: string;
    readonly outcome: DeadlineOutcome;
  };
};

export type ComplianceFeedEvent = ComplianceDeadlineOpened | ComplianceDeadlineClosed;
