// The shape of a compliance rule set once parsed: data an agency can change without a release (ADR 0035).

/** A worklist item kind as care plan names them (`first_contact`, `plan_review`): what a deadline may stand for. */
export const WORKLIST_ITEM = /^[a-z][a-z0-9_]{0,63}$/;

/** A value a data field is compared with. */
export type FieldValue = string | number | boolean | null;

/** Events of a published type (`care-plan.ContactRecorded.v1`) whose data fields hold one of the given values. */
export interface EventMatcher {
  readonly type: string;
  /** Dotted data field path to the values it may hold; every field must match. */
  readonly where: Readonly<Record<string, readonly FieldValue[]>>;
}

/** A fine per violation or late meeting, in whole cents. */
export interface Fine {
  readonly cents: number;
  readonly currency: 'USD';
}

/** How long after its trigger an obligation is due: ISO 8601 days (calendar days) or hours. */
export type DueWithin =
  | { readonly duration: string }
  | {
      /** The trigger's data field the duration depends on (a case's `priority`). */
      readonly field: string;
      readonly durations: Readonly<Record<string, string>>;
      /** For a value not listed; without it such a trigger raises no obligation. */
      readonly otherwise: string | null;
    };

interface RuleBase {
  readonly id: string;
  readonly description: string;
  readonly fine: Fine;
}

/** An obligation at each trigger event, due a duration later, met by the first later event of given types. */
export interface DeadlineRule extends RuleBase {
  readonly kind: 'deadline';
  readonly arisesOn: readonly EventMatcher[];
  readonly dueWithin: DueWithin;
  readonly metBy: readonly EventMatcher[];
  /** Events that end the obligation unmet; one before the due time cancels it. */
  readonly cancelledBy: readonly EventMatcher[];
  /** The data field correlating trigger, meeting, cancelling and restarting events (`referralId`), or null. */
  readonly key: string | null;
  /** Does a later trigger with the same key end this obligation and start the next? */
  readonly restartsOnTrigger: boolean;
  /**
   * The item of the case manager's worklist this deadline stands for (`first_contact`), or null: the worklist shows
   * the two as one item, with the rule's due time and fine beside the program's target.
   */
  readonly worklistItem: string | null;
}

/** In each calendar month the case is open for the whole month, at least so many events of given types. */
export interface RecurringRule extends RuleBase {
  readonly kind: 'recurring';
  readonly period: 'month';
  readonly openedBy: readonly EventMatcher[];
  readonly closedBy: readonly EventMatcher[];
  readonly atLeast: number;
  readonly of: readonly EventMatcher[];
}

/** Every event of given types recorded within a duration after it occurred. */
export interface LagRule extends RuleBase {
  readonly kind: 'lag';
  readonly events: readonly EventMatcher[];
  readonly within: string;
}

export type ComplianceRule = DeadlineRule | RecurringRule | LagRule;
export type RuleKind = ComplianceRule['kind'];

/** A versioned set of rules for a tenant (null: every tenant) and a program (null: all programs). */
export interface RuleSet {
  readonly id: string;
  readonly version: number;
  /** The agency's calendar date (YYYY-MM-DD) from whose start, in its time zone, the set is in effect. */
  readonly effectiveFrom: string;
  readonly tenantId: string | null;
  readonly programId: string | null;
  readonly rules: readonly ComplianceRule[];
}
