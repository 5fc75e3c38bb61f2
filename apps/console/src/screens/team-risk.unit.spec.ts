import {
  complianceAtRisk,
  dollars,
  escalatedReferrals,
  fineExposure,
  pendingReferrals,
  ruleOverdueBy,
} from './team-risk';
import type { WorklistItem } from './worklist-groups';

const now = new Date('2026-12-04T12:00:00Z');
const item = (kind: WorklistItem['kind'], dueAt: string, overdueBy = 0, extra: Partial<WorklistItem> = {}) =>
  ({
    caseId: '0190d1c8-0000-7000-8000-000000000001',
    caseManagerId: 'cm-1',
    kind,
    dueAt,
    overdueBy,
    satisfiedBy: 'x',
    ...extra,
  }) as WorklistItem;
const compliance = (ruleId: string, fineCents: number, dueAt = '2026-12-05T00:00:00Z') => ({
  compliance: { deadlineId: `${ruleId}-${fineCents}`, ruleId, description: 'rule', concerns: null, fineCents, dueAt },
});

describe('escalatedReferrals', () => {
  it('keeps escalated or overdue answers and overdue follow-ups apart from those not yet due, and nothing else', () => {
    const escalated = item('referral_answer', '2026-12-01T00:00:00Z', 4000, {
      escalation: { to: { role: 'supervisor', teamId: 'team-west' }, since: '2026-12-01T00:00:00Z' },
    });
    const lateFollowUp = item('referral_follow_up', '2026-12-02T00:00:00Z', 2000);
    const items = [
      escalated,
      item('referral_answer', '2026-12-08T00:00:00Z'),
      lateFollowUp,
      item('referral_follow_up', '2026-12-20T00:00:00Z'),
      item('first_contact', '2026-12-01T00:00:00Z', 100),
    ];
    expect(escalatedReferrals(items)).toEqual([escalated, lateFollowUp]);
    expect(pendingReferrals(items)).toEqual([items[1], items[3]]);
  });
});

describe('complianceAtRisk', () => {
  it('keeps compliance deadlines overdue or due within the week, longest overdue then soonest due first', () => {
    const at = (dueAt: string, overdueBy: number, ruleId: string, cents: number) =>
      item('compliance_deadline', dueAt, overdueBy, compliance(ruleId, cents, dueAt));
    const soon = at('2026-12-06T00:00:00Z', 0, 'R2', 50_000);
    const overdue = at('2026-12-03T00:00:00Z', 2160, 'R1', 100_000);
    const sooner = at('2026-12-05T00:00:00Z', 0, 'R4', 25_000);
    const later = at('2026-12-30T00:00:00Z', 0, 'R3', 75_000);
    const other = item('plan_review', '2026-12-03T00:00:00Z', 100);
    expect(complianceAtRisk([soon, later, overdue, other, sooner], now)).toEqual([overdue, sooner, soon]);
    expect(complianceAtRisk([later], now, 30)).toEqual([later]);
  });

  it('counts an item shown with its rule (a first contact with R1) by the rule’s due time', () => {
    // The program wanted the contact by the 2nd; R1 falls due on the 10th: at risk only within 7 days of the 10th.
    const firstContact = item(
      'first_contact',
      '2026-12-02T00:00:00Z',
      3600,
      compliance('R1', 100_000, '2026-12-10T00:00:00Z'),
    );
    expect(complianceAtRisk([firstContact], now)).toEqual([firstContact]);
    expect(complianceAtRisk([firstContact], now, 3)).toEqual([]);
    expect(ruleOverdueBy(firstContact, now)).toBe(0);
    expect(ruleOverdueBy(firstContact, new Date('2026-12-10T01:00:00Z'))).toBe(60);
  });
});

describe('fineExposure', () => {
  it('adds the fines in total and per rule', () => {
    const items = [
      item('compliance_deadline', '2026-12-03T00:00:00Z', 1, compliance('R1', 100_000)),
      item('compliance_deadline', '2026-12-05T00:00:00Z', 0, compliance('R2', 50_000)),
      item('compliance_deadline', '2026-12-06T00:00:00Z', 0, compliance('R1', 100_000)),
    ];
    expect(fineExposure(items)).toEqual({
      totalCents: 250_000,
      byRule: [
        { ruleId: 'R1', count: 2, fineCents: 200_000 },
        { ruleId: 'R2', count: 1, fineCents: 50_000 },
      ],
    });
    expect(dollars(250_000)).toBe('$2,500.00');
  });
});
