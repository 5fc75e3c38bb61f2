import { matches, type CaseTimeline } from './case-timeline';
import type { AgencyCalendar } from './compliance-calendar';
import { judge, type Obligation } from './obligation';
import type { LagRule, RuleSet } from './rule-set';
import { rulesByEventType, type RuleSetsInEffect } from './rule-sets-in-effect';

/**
 * The obligations of lag rules: each matching event is to be recorded within the rule's duration after it occurred,
 * judged by the set in effect when it occurred; its recording meets it (late by how much past the allowed lag).
 */
export function lagObligations(
  timeline: CaseTimeline,
  sets: RuleSetsInEffect,
  calendar: AgencyCalendar,
  at: Date,
): Obligation[] {
  const rulesByType = new Map<RuleSet, Map<string, LagRule[]>>();
  for (const set of sets.all())
    rulesByType.set(
      set,
      rulesByEventType(set, 'lag', (rule) => rule.events),
    );
  const obligations: Obligation[] = [];
  for (const event of timeline.events) {
    const set = sets.at(event.occurredAt);
    const rules = set === null ? undefined : rulesByType.get(set)?.get(event.type);
    if (set === null || rules === undefined) continue;
    for (const rule of rules) {
      if (!rule.events.some((matcher) => matches(matcher, event))) continue;
      const origin = {
        concerns: null,
        arisenFrom: event.eventId,
        actor: event.actor,
        aroseAt: event.occurredAt,
        dueAt: calendar.after(event.occurredAt, rule.within),
      };
      // Seen as it occurred, a record made after the evaluation instant is not made yet.
      const recorded = event.recordedAt <= at ? { met: { at: event.recordedAt, by: event.eventId } } : null;
      obligations.push(judge(rule, set, origin, recorded, at));
    }
  }
  return obligations;
}
