import type { WorklistItem } from './worklist-groups';

/** Referral items a supervisor acts on: unanswered past the provider's deadline (escalated), or a follow-up overdue. */
export function escalatedReferrals(items: readonly WorklistItem[]): WorklistItem[] {
  return items.filter(
    (item) =>
      (item.kind === 'referral_answer' && (item.escalation !== undefined || item.overdueBy > 0)) ||
      (item.kind === 'referral_follow_up' && item.overdueBy > 0),
  );
}

/** The team's other open referral items: answers and follow-ups not yet due, soonest due first (the API's order). */
export function pendingReferrals(items: readonly WorklistItem[]): WorklistItem[] {
  const escalated = new Set(escalatedReferrals(items));
  return items.filter(
    (item) => (item.kind === 'referral_answer' || item.kind === 'referral_follow_up') && !escalated.has(item),
  );
}

/** When an item's compliance rule falls due (the item's own due time may be the program's, earlier). */
export const ruleDueAt = (item: WorklistItem): number => Date.parse(item.compliance?.dueAt ?? item.dueAt);

/** Whole minutes past the rule's due time at `now`; 0 until then. */
export const ruleOverdueBy = (item: WorklistItem, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - ruleDueAt(item)) / 60_000));

/**
 * Compliance deadlines overdue or due within `withinDays` of `now` by the rule's due time, overdue first, then
 * soonest due: a deadline of its own, or one shown with the item it stands for (R1 with the first contact).
 */
export function complianceAtRisk(items: readonly WorklistItem[], now: Date, withinDays = 7): WorklistItem[] {
  const horizon = now.getTime() + withinDays * 24 * 60 * 60 * 1000;
  return items
    .filter((item) => item.compliance && ruleDueAt(item) <= horizon)
    .sort((a, b) => ruleDueAt(a) - ruleDueAt(b));
}

/** The fines at stake in `items`, in cents, in total and per rule (rules in the order first met). */
export function fineExposure(items: readonly WorklistItem[]): {
  readonly totalCents: number;
  readonly byRule: readonly { readonly ruleId: string; readonly count: number; readonly fineCents: number }[];
} {
  const byRule = new Map<string, { ruleId: string; count: number; fineCents: number }>();
  for (const item of items) {
    if (!item.compliance) continue;
    const entry = byRule.get(item.compliance.ruleId) ?? { ruleId: item.compliance.ruleId, count: 0, fineCents: 0 };
    byRule.set(entry.ruleId, {
      ...entry,
      count: entry.count + 1,
      fineCents: entry.fineCents + item.compliance.fineCents,
    });
  }
  const rules = [...byRule.values()];
  return { totalCents: rules.reduce((sum, rule) => sum + rule.fineCents, 0), byRule: rules };
}

/** Cents as dollars: "$1,250.00". */
export const dollars = (cents: number): string =>
  (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
