import { isTimeZone } from '@casemgmt/kernel';
import { CaseTimeline } from './case-timeline';
import { AgencyCalendar } from './compliance-calendar';
import type { ComplianceEvent } from './compliance-event';
import { deadlineObligations } from './deadline-obligations';
import { lagObligations } from './lag-obligations';
import type { Obligation } from './obligation';
import { nextRecurringWindow, recurringObligations } from './recurring-obligations';
import type { RuleSet } from './rule-set';
import { RuleSetsInEffect } from './rule-sets-in-effect';

/**
 * Which history is judged: the world as it happened (every event at its `occurredAt`, whenever it was recorded), or
 * what had been recorded by a date, as an auditor on that date saw it.
 */
export type ComplianceClock = { readonly kind: 'occurred' } | { readonly kind: 'known'; readonly on: Date };

export interface CaseEvaluationInput {
  readonly tenantId: string;
  /** The case's program, choosing program rule sets over those for all programs. */
  readonly programId: string | null;
  /** Every version that may apply; each obligation is judged by the one in effect when it arose. */
  readonly ruleSets: readonly RuleSet[];
  /** The case's events, in any order. */
  readonly events: readonly ComplianceEvent[];
  /** The agency's IANA time zone, in which days and months are counted. */
  readonly timeZone: string;
  readonly clock: ComplianceClock;
  /** The instant of evaluation: nothing after it has happened, and what is unmet past its due time is violated. */
  readonly at: Date;
}

export interface CaseEvaluation {
  /** By the time they arose, then rule, then what they concern. */
  readonly obligations: readonly Obligation[];
  /** The fines of every violation and late meeting, in cents (USD). */
  readonly fineCents: number;
  /**
   * The next instant after `at` at which time alone changes this evaluation, with no new event: a pending
   * obligation falls due, a month begins for a case a recurring rule holds open, an event dated later comes into
   * view. Null when nothing will change until something new is recorded.
   */
  readonly changesAt: Date | null;
}

/**
 * Evaluates a case's obligations under its rule sets, on one clock, at an instant. Pure and deterministic: the same
 * input gives the same answer, whatever the order of its events.
 */
export function evaluateCase(input: CaseEvaluationInput): CaseEvaluation {
  const { clock, at, timeZone } = input;
  if (!isTimeZone(timeZone)) throw new Error(`compliance: not an IANA time zone: ${timeZone}`);
  // What the clock lets be known, split at the instant: what has happened, and what is dated later.
  const visible: ComplianceEvent[] = [];
  const later: Date[] = [];
  for (const event of input.events) {
    if (clock.kind === 'known' && event.recordedAt > clock.on) continue;
    if (event.occurredAt <= at) visible.push(event);
    else later.push(event.occurredAt);
  }
  const timeline = new CaseTimeline(visible);
  const calendar = AgencyCalendar.of(timeZone);
  const sets = new RuleSetsInEffect(input.ruleSets, input.tenantId, input.programId, calendar);
  const obligations = [
    ...deadlineObligations(timeline, sets, calendar, at),
    ...recurringObligations(timeline, sets, calendar, at),
    ...lagObligations(timeline, sets, calendar, at),
  ].sort(byArisal);
  const changes = [
    // Pending until its due time, violated the instant after.
    ...obligations.filter(({ status }) => status === 'pending').map(({ dueAt }) => new Date(dueAt.getTime() + 1)),
    ...later,
    ...[nextRecurringWindow(timeline, sets, calendar, at)].filter((start): start is Date => start !== null),
  ];
  return {
    obligations,
    fineCents: obligations.reduce((sum, { fine }) => sum + (fine?.cents ?? 0), 0),
    changesAt: changes.length === 0 ? null : new Date(Math.min(...changes.map((change) => change.getTime()))),
  };
}

function byArisal(a: Obligation, b: Obligation): number {
  return (
    a.aroseAt.getTime() - b.aroseAt.getTime() ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.concerns ?? '', b.concerns ?? '') ||
    compare(a.arisenFrom ?? '', b.arisenFrom ?? '')
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
