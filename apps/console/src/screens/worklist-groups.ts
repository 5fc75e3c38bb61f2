import type { components } from '../api/schema';

export type WorklistItem = components['schemas']['WorklistItemDto'];

/** The worklist's sections, in the order a case manager works them. */
export const SECTIONS = ['overdue', 'today', 'week', 'later'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due this week',
  later: 'Later',
};

/** What each kind of item asks the case manager to do. */
export const KIND_LABELS: Readonly<Record<WorklistItem['kind'], string>> = {
  first_contact: 'First contact with the client',
  plan_approval: 'Care plan awaiting approval',
  plan_review: 'Care plan review',
  safety_follow_up: 'Safety follow-up',
  missed_appointment_follow_up: 'Follow up a missed appointment',
  intervention_due: 'Intervention due',
  referral_answer: 'Referral awaiting the provider’s answer',
  referral_follow_up: 'Referral follow-up',
  compliance_deadline: 'Compliance deadline',
};

const usd = (cents: number) => (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

/** What a compliance deadline is about and what missing it costs: "R1 First contact … · $1,000 at stake". */
export function complianceText(item: WorklistItem): string | null {
  const compliance = item.compliance;
  if (!compliance || item.kind !== 'compliance_deadline') return null;
  return `${compliance.ruleId} ${compliance.description} · ${usd(compliance.fineCents)} at stake`;
}

/**
 * For an item a compliance rule's deadline stands for (the program's first contact and R1): the rule and the fine,
 * "R1 · $1,000.00 at stake", and when the rule falls due if that is not the item's own due time. Null for other items.
 */
export function ruleBeside(item: WorklistItem): { readonly text: string; readonly dueAt: string | null } | null {
  const compliance = item.compliance;
  if (!compliance || item.kind === 'compliance_deadline') return null;
  const sameDue = Date.parse(compliance.dueAt) === Date.parse(item.dueAt);
  return {
    text: `${compliance.ruleId} · ${usd(compliance.fineCents)} at stake`,
    dueAt: sameDue ? null : compliance.dueAt,
  };
}

/**
 * The items in their sections: overdue (past due when the list was read), due today (by the end of the viewer's
 * day), this week (within seven days), later. Each section keeps the API's order: longest overdue, then soonest due.
 */
export function groupWorklist(
  items: readonly WorklistItem[],
  now: Date,
): Readonly<Record<Section, readonly WorklistItem[]>> {
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const inAWeek = now.getTime() + 7 * 24 * 60 * 60 * 1000;
  const groups: Record<Section, WorklistItem[]> = { overdue: [], today: [], week: [], later: [] };
  for (const item of items) {
    const due = Date.parse(item.dueAt);
    const section: Section =
      item.overdueBy > 0 || due <= now.getTime()
        ? 'overdue'
        : due < endOfToday
          ? 'today'
          : due <= inAWeek
            ? 'week'
            : 'later';
    groups[section].push(item);
  }
  return groups;
}

/** "3 d 4 h", "2 h 5 min", "12 min": how long an item is overdue, from whole minutes. */
export function overdueText(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}
