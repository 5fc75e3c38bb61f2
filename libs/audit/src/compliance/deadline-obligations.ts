import { fieldOf, keyOf, matches, type CaseTimeline } from './case-timeline';
import type { AgencyCalendar } from './compliance-calendar';
import type { ComplianceEvent } from './compliance-event';
import { judge, type Obligation, type Outcome } from './obligation';
import type { DeadlineRule, RuleSet } from './rule-set';
import { rulesByEventType, type RuleSetsInEffect } from './rule-sets-in-effect';

/**
 * The obligations of deadline rules: one at each trigger event, judged by the set in effect when it occurred and
 * met by the first later event that meets it, unless an event cancelling it (or a restarting trigger) came first.
 */
export function deadlineObligations(
  timeline: CaseTimeline,
  sets: RuleSetsInEffect,
  calendar: AgencyCalendar,
  at: Date,
): Obligation[] {
  const triggersByType = new Map<RuleSet, Map<string, DeadlineRule[]>>();
  for (const set of sets.all())
    triggersByType.set(
      set,
      rulesByEventType(set, 'deadline', (rule) => rule.arisesOn),
    );
  const obligations: Obligation[] = [];
  timeline.events.forEach((event, position) => {
    const set = sets.at(event.occurredAt);
    const rules = set === null ? undefined : triggersByType.get(set)?.get(event.type);
    if (set === null || rules === undefined) return;
    for (const rule of rules) {
      if (!rule.arisesOn.some((matcher) => matches(matcher, event))) continue;
      const duration = durationOf(rule, event);
      if (duration === null) continue;
      const keyValue = rule.key === null ? undefined : keyOf(event, rule.key);
      const origin = {
        concerns: keyValue ?? null,
        arisenFrom: event.eventId,
        actor: event.actor,
        aroseAt: event.occurredAt,
        dueAt: calendar.after(event.occurredAt, duration),
      };
      obligations.push(judge(rule, set, origin, outcomeOf(timeline, rule, position, keyValue), at));
    }
  });
  return obligations;
}

function outcomeOf(
  timeline: CaseTimeline,
  rule: DeadlineRule,
  position: number,
  keyValue: string | undefined,
): Outcome {
  const met = timeline.matching(rule.metBy, rule.key).firstAfter(position, keyValue);
  const cancel = timeline.matching(rule.cancelledBy, rule.key).firstAfter(position, keyValue);
  const restart = rule.restartsOnTrigger
    ? timeline.matching(rule.arisesOn, rule.key).firstAfter(position, keyValue)
    : null;
  const ends = [cancel, restart].filter((found): found is number => found !== null);
  const end = ends.length === 0 ? null : Math.min(...ends);
  // An event that both meets and ends it (a review that starts the next interval) meets it.
  if (met !== null && (end === null || met <= end)) {
    const event = timeline.events[met] as ComplianceEvent;
    return { met: { at: event.occurredAt, by: event.eventId } };
  }
  if (end === null) return null;
  const event = timeline.events[end] as ComplianceEvent;
  return { ended: { at: event.occurredAt, by: event.eventId } };
}

function durationOf(rule: DeadlineRule, trigger: ComplianceEvent): string | null {
  const due = rule.dueWithin;
  if ('duration' in due) return due.duration;
  const value = fieldOf(trigger.data, due.field);
  const option = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const listed = option !== undefined && Object.hasOwn(due.durations, option) ? due.durations[option] : undefined;
  return listed ?? due.otherwise;
}
