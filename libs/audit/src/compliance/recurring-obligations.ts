import type { CaseTimeline } from './case-timeline';
import type { AgencyCalendar } from './compliance-calendar';
import type { ComplianceEvent } from './compliance-event';
import { judge, type Obligation } from './obligation';
import type { RecurringRule } from './rule-set';
import type { RuleSetsInEffect } from './rule-sets-in-effect';

interface OpenInterval {
  readonly from: Date;
  readonly until: { readonly at: Date; readonly by: string } | null;
}

/**
 * The obligations of recurring rules: one for each calendar month the case was open for the whole month (opened by
 * its first instant, not closed before the next month's), judged by the set in effect when the month began. The
 * month in progress is pending until met.
 */
export function recurringObligations(
  timeline: CaseTimeline,
  sets: RuleSetsInEffect,
  calendar: AgencyCalendar,
  at: Date,
): Obligation[] {
  const obligations: Obligation[] = [];
  for (const rule of recurringRulesOf(sets)) {
    const counted = timeline.matching(rule.of, null);
    for (const interval of openIntervals(timeline, rule)) {
      for (const month of calendar.monthsStartingBetween(interval.from, at)) {
        if (interval.until !== null && interval.until.at < month.end) break;
        const set = sets.at(month.start);
        if (set === null || !set.rules.includes(rule)) continue;
        const nth = counted.occurredWithin(month.start, month.end)[rule.atLeast - 1];
        const met = nth === undefined ? null : (timeline.events[nth] as ComplianceEvent);
        const origin = {
          concerns: month.month,
          arisenFrom: null,
          actor: null,
          aroseAt: month.start,
          dueAt: month.end,
        };
        // A month missed stays overdue until the case closed, if it has.
        const closed = interval.until !== null && interval.until.at < at ? interval.until : null;
        const outcome = met
          ? { met: { at: met.occurredAt, by: met.eventId } }
          : closed && { ended: { at: closed.at, by: closed.by } };
        obligations.push(judge(rule, set, origin, outcome, at));
      }
    }
  }
  return obligations;
}

/**
 * The instant after the next month begins, when a recurring rule holds the case open at `at`: the new month has
 * brought its obligation, and the month before, due as it began, is decided. Null when no recurring rule does.
 */
export function nextRecurringWindow(
  timeline: CaseTimeline,
  sets: RuleSetsInEffect,
  calendar: AgencyCalendar,
  at: Date,
): Date | null {
  for (const rule of recurringRulesOf(sets)) {
    if (openIntervals(timeline, rule).some((interval) => interval.until === null))
      return new Date(calendar.monthAfter(at).start.getTime() + 1);
  }
  return null;
}

// Each recurring rule of every set that may apply, once.
function recurringRulesOf(sets: RuleSetsInEffect): Set<RecurringRule> {
  return new Set(sets.all().flatMap((set) => set.rules.filter((rule) => rule.kind === 'recurring')));
}

function openIntervals(timeline: CaseTimeline, rule: RecurringRule): OpenInterval[] {
  const opens = timeline.matching(rule.openedBy, null).positions;
  const closes = new Set(timeline.matching(rule.closedBy, null).positions);
  const changes = [...new Set([...opens, ...closes])].sort((a, b) => a - b);
  const intervals: OpenInterval[] = [];
  let openedAt: Date | null = null;
  for (const position of changes) {
    const event = timeline.events[position] as ComplianceEvent;
    if (closes.has(position)) {
      if (openedAt !== null) intervals.push({ from: openedAt, until: { at: event.occurredAt, by: event.eventId } });
      openedAt = null;
    } else if (openedAt === null) openedAt = event.occurredAt;
  }
  if (openedAt !== null) intervals.push({ from: openedAt, until: null });
  return intervals;
}
