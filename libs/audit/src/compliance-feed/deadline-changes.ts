import type { Obligation } from '../compliance/obligation';
import type { RuleSet } from '../compliance/rule-set';
import { fineOfRule } from '../compliance-read-model/obligation-row';
import type { ComplianceDeadlineOpened, ComplianceFeedEvent, DeadlineOutcome } from './compliance-feed.events';

/** An open deadline as last published. */
export type OpenDeadline = ComplianceDeadlineOpened['data'];

/** The deadlines a case's feed left open, by id: its events folded in order onto `open` (a new map by default). */
export function openDeadlinesOf(
  events: readonly ComplianceFeedEvent[],
  open: Map<string, OpenDeadline> = new Map(),
): Map<string, OpenDeadline> {
  for (const event of events) {
    if (event.type === 'ComplianceDeadlineOpened') open.set(event.data.deadlineId, event.data);
    else open.delete(event.data.deadlineId);
  }
  return open;
}

/** The id of an obligation's deadline: its rule, what it concerns and the event it arose from. */
export function deadlineIdOf(obligation: Obligation): string {
  return `${obligation.ruleId}/${obligation.concerns ?? '-'}/${obligation.arisenFrom ?? '-'}`;
}

/**
 * Where an obligation stands for a worker: open while it can still be met (pending, or a deadline past due and
 * unmet), otherwise how it ended. A month gone by without its contact, or a deadline its case closed on after it was
 * due, can no longer be met: missed, off the list (the report keeps the violation and its fine).
 */
function standing(obligation: Obligation): 'open' | DeadlineOutcome {
  switch (obligation.status) {
    case 'pending':
      return 'open';
    case 'violated':
      return obligation.kind === 'deadline' && obligation.endedBy === null ? 'open' : 'missed';
    case 'met':
    case 'met_late':
    case 'cancelled':
      return obligation.status;
  }
}

/**
 * What the feed publishes after a case's evaluation: a deadline opened, or opened again when its due time, fine or
 * rule set version changed; a deadline closed with its outcome; and a deadline the rules no longer ask withdrawn.
 * Deadline and monthly rules only: a lag rule (documentation recorded late) judges what is already done. Pure; the
 * same evaluation twice publishes nothing the second time.
 */
export function deadlineChanges(
  caseId: string,
  open: ReadonlyMap<string, OpenDeadline>,
  obligations: readonly Obligation[],
  ruleSets: readonly RuleSet[],
): ComplianceFeedEvent[] {
  const events: ComplianceFeedEvent[] = [];
  const seen = new Set<string>();
  for (const obligation of obligations) {
    if (obligation.kind === 'lag') continue;
    const deadlineId = deadlineIdOf(obligation);
    seen.add(deadlineId);
    const published = open.get(deadlineId);
    const now = standing(obligation);
    if (now !== 'open') {
      if (published) {
        events.push({
          type: 'ComplianceDeadlineClosed',
          data: { caseId, deadlineId, ruleId: obligation.ruleId, outcome: now },
        });
      }
      continue;
    }
    const data: OpenDeadline = {
      caseId,
      deadlineId,
      ruleId: obligation.ruleId,
      description: descriptionOf(ruleSets, obligation),
      concerns: obligation.concerns,
      aroseAt: obligation.aroseAt.toISOString(),
      dueAt: obligation.dueAt.toISOString(),
      fineCents: fineOfRule(ruleSets, obligation),
      ruleSetId: obligation.ruleSetId,
      ruleSetVersion: obligation.ruleSetVersion,
      ...worklistItemOf(ruleSets, obligation),
    };
    if (!published || !sameDeadline(published, data)) events.push({ type: 'ComplianceDeadlineOpened', data });
  }
  for (const [deadlineId, published] of [...open].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (seen.has(deadlineId)) continue;
    events.push({
      type: 'ComplianceDeadlineClosed',
      data: { caseId, deadlineId, ruleId: published.ruleId, outcome: 'withdrawn' },
    });
  }
  return events;
}

function sameDeadline(a: OpenDeadline, b: OpenDeadline): boolean {
  return (
    a.dueAt === b.dueAt &&
    a.fineCents === b.fineCents &&
    a.description === b.description &&
    a.ruleSetId === b.ruleSetId &&
    a.ruleSetVersion === b.ruleSetVersion &&
    a.worklistItem === b.worklistItem
  );
}

function ruleOf(ruleSets: readonly RuleSet[], obligation: Obligation) {
  const set = ruleSets.find(
    (candidate) => candidate.id === obligation.ruleSetId && candidate.version === obligation.ruleSetVersion,
  );
  return set?.rules.find((rule) => rule.id === obligation.ruleId);
}

function descriptionOf(ruleSets: readonly RuleSet[], obligation: Obligation): string {
  return ruleOf(ruleSets, obligation)?.description ?? obligation.ruleId;
}

// Present only when the rule names a worklist item, as the contract makes it optional.
function worklistItemOf(ruleSets: readonly RuleSet[], obligation: Obligation): { worklistItem?: string } {
  const rule = ruleOf(ruleSets, obligation);
  return rule?.kind === 'deadline' && rule.worklistItem !== null ? { worklistItem: rule.worklistItem } : {};
}
