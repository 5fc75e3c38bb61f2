import type { ComplianceDetail } from '../compliance-events';
import { foldComplianceDeadlines } from './worklist-read';

interface Row {
  case_id: string;
  kind: string;
  ref: string;
  detail: ComplianceDetail | null;
}

const item = (case_id: string, kind: string, ref = ''): Row => ({ case_id, kind, ref, detail: null });
const deadline = (case_id: string, ruleId: string, worklistItem?: string, concerns: string | null = null): Row => ({
  case_id,
  kind: 'compliance_deadline',
  ref: `${ruleId}/${concerns ?? '-'}/e-1`,
  detail: { ruleId, description: ruleId, concerns, fineCents: 100_000, ...(worklistItem ? { worklistItem } : {}) },
});
const shown = (rows: Row[]) =>
  foldComplianceDeadlines(rows).map(({ row, deadline: folded }) =>
    folded
      ? `${row.case_id} ${row.kind} ${row.ref} + ${folded.detail?.ruleId}`
      : `${row.case_id} ${row.kind} ${row.ref}`,
  );

describe('the worklist folds a compliance deadline into the item it stands for', () => {
  it('shows the program’s first contact with R1 beside it, as one item', () => {
    expect(shown([item('case-1', 'first_contact'), deadline('case-1', 'R1', 'first_contact')])).toEqual([
      'case-1 first_contact  + R1',
    ]);
  });

  it('joins a plan’s review to the deadline about that plan only, and a case’s items to its own deadlines only', () => {
    const rows = [
      item('case-1', 'plan_review', 'plan-a'),
      item('case-1', 'plan_review', 'plan-b'),
      deadline('case-1', 'R3', 'plan_review', 'plan-b'),
      deadline('case-2', 'R1', 'first_contact'),
      item('case-3', 'first_contact'),
    ];
    expect(shown(rows)).toEqual([
      'case-1 plan_review plan-a',
      'case-1 plan_review plan-b + R3',
      'case-2 compliance_deadline R1/-/e-1',
      'case-3 first_contact ',
    ]);
  });

  it('keeps a deadline whose rule names no item, or names one the case does not have open, as an item of its own', () => {
    const rows = [
      item('case-1', 'first_contact'),
      deadline('case-1', 'R5', undefined, '2026-12'),
      deadline('case-1', 'R2', 'plan_approval'),
    ];
    expect(shown(rows)).toEqual([
      'case-1 first_contact ',
      'case-1 compliance_deadline R5/2026-12/e-1',
      'case-1 compliance_deadline R2/-/e-1',
    ]);
  });

  it('folds one deadline into an item; a second deadline naming the same item stays apart', () => {
    const rows = [
      item('case-1', 'first_contact'),
      deadline('case-1', 'R1', 'first_contact'),
      { ...deadline('case-1', 'R1b', 'first_contact'), ref: 'R1b/-/e-2' },
    ];
    expect(shown(rows)).toEqual(['case-1 first_contact  + R1', 'case-1 compliance_deadline R1b/-/e-2']);
  });
});
