import type { ComplianceActor } from './compliance-event';
import type { ComplianceRule, Fine, RuleKind, RuleSet } from './rule-set';

/**
 * - `met`: by its due time; `met_late`: after it (fined);
 * - `violated`: unmet past its due time, at the evaluation instant or when an event ended it (fined);
 * - `pending`: unmet, not yet due; `cancelled`: ended before its due time by an event that lifts it.
 */
export type ObligationStatus = 'met' | 'met_late' | 'violated' | 'pending' | 'cancelled';

/** One obligation of a case and how it stands. Durations are in milliseconds. */
export interface Obligation {
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
  /** What it is about: the correlating key's value (a plan, a referral), the month (`YYYY-MM`) or null. */
  readonly concerns: string | null;
  /** The event it arose from (for a lag rule, the record judged), null for a month. */
  readonly arisenFrom: string | null;
  /** Who did what that event records. */
  readonly actor: ComplianceActor | null;
  readonly aroseAt: Date;
  readonly dueAt: Date;
  readonly status: ObligationStatus;
  readonly metAt: Date | null;
  readonly metBy: string | null;
  /** How long after its due time it was met (met_late). */
  readonly lateByMs: number | null;
  /** How long past its due time it stayed unmet (violated): to the evaluation instant or the event that ended it. */
  readonly overdueByMs: number | null;
  /** The event that cancelled it, or ended it unmet past its due time. */
  readonly endedBy: string | null;
  /** The fine of a violation or a late meeting; null otherwise. */
  readonly fine: Fine | null;
}

/** What every obligation of a rule shares. */
export type ObligationOrigin = Pick<
  Obligation,
  'ruleId' | 'kind' | 'ruleSetId' | 'ruleSetVersion' | 'concerns' | 'arisenFrom' | 'actor' | 'aroseAt' | 'dueAt'
>;

/** How an obligation ended, if it did. */
export type Outcome =
  | { readonly met: { readonly at: Date; readonly by: string } }
  | { readonly ended: { readonly at: Date; readonly by: string | null } }
  | null;

/**
 * Judges an obligation at an instant: met on time or late; ended before its due time (cancelled) or after it
 * (violated until then); otherwise violated or pending by the instant.
 */
export function judge(
  rule: ComplianceRule,
  set: RuleSet,
  origin: Omit<ObligationOrigin, 'ruleId' | 'kind' | 'ruleSetId' | 'ruleSetVersion'>,
  outcome: Outcome,
  at: Date,
): Obligation {
  const base = {
    ruleId: rule.id,
    kind: rule.kind,
    ruleSetId: set.id,
    ruleSetVersion: set.version,
    ...origin,
    metAt: null,
    metBy: null,
    lateByMs: null,
    overdueByMs: null,
    endedBy: null,
    fine: null,
  };
  const due = origin.dueAt.getTime();
  if (outcome !== null && 'met' in outcome) {
    const late = outcome.met.at.getTime() - due;
    return {
      ...base,
      status: late > 0 ? 'met_late' : 'met',
      metAt: outcome.met.at,
      metBy: outcome.met.by,
      lateByMs: late > 0 ? late : null,
      fine: late > 0 ? rule.fine : null,
    };
  }
  const endedAt = outcome === null ? at.getTime() : outcome.ended.at.getTime();
  const endedBy = outcome === null ? null : outcome.ended.by;
  if (endedAt > due) return { ...base, status: 'violated', overdueByMs: endedAt - due, endedBy, fine: rule.fine };
  return outcome === null ? { ...base, status: 'pending' } : { ...base, status: 'cancelled', endedBy };
}
