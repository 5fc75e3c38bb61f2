import { DEFAULT_RULE_SET } from '../compliance/default-rule-set';
import type { Obligation } from '../compliance/obligation';
import { pendingObligation } from '../testing/pending-obligation';
import { deadlineChanges, deadlineIdOf, openDeadlinesOf } from './deadline-changes';

const caseId = 'case-1';
const base: Obligation = pendingObligation();
const r1 = base;
const r5: Obligation = {
  ...base,
  ruleId: 'R5',
  kind: 'recurring',
  concerns: '2026-11',
  arisenFrom: null,
  aroseAt: new Date('2026-11-01T07:00:00Z'),
  dueAt: new Date('2026-12-01T08:00:00Z'),
};
const r6: Obligation = { ...base, ruleId: 'R6', kind: 'lag', status: 'met', metAt: new Date(), metBy: 'event-contact' };
const sets = [DEFAULT_RULE_SET];

describe('the compliance deadlines a case publishes', () => {
  it('opens each pending deadline and monthly obligation, with the rule, the due time and the fine; not a lag rule', () => {
    const events = deadlineChanges(caseId, new Map(), [r1, r5, r6], sets);
    expect(events.map((event) => event.type)).toEqual(['ComplianceDeadlineOpened', 'ComplianceDeadlineOpened']);
    expect(events[0]?.data).toMatchObject({
      caseId,
      deadlineId: 'R1/-/event-opened',
      ruleId: 'R1',
      dueAt: '2026-12-15T17:00:00.000Z',
      fineCents: 100_000,
      ruleSetId: 'default',
      ruleSetVersion: 1,
      // The default R1 stands for care plan's first contact: the worklist shows them as one item.
      worklistItem: 'first_contact',
    });
    expect((events[0]?.data as { description: string }).description).toContain('First contact');
    expect(events[1]?.data).toMatchObject({ deadlineId: 'R5/2026-11/-', concerns: '2026-11', fineCents: 25_000 });
    // A monthly rule names no item: the field is absent, as the contract makes it optional.
    expect(events[1]?.data).not.toHaveProperty('worklistItem');
  });

  it('publishes nothing when the evaluation changes nothing, and opens again when the due time moves', () => {
    const open = openDeadlinesOf(deadlineChanges(caseId, new Map(), [r1], sets));
    expect(deadlineChanges(caseId, open, [r1], sets)).toEqual([]);
    const moved = deadlineChanges(caseId, open, [{ ...r1, dueAt: new Date('2026-12-06T17:00:00Z') }], sets);
    expect(moved).toEqual([
      expect.objectContaining({
        type: 'ComplianceDeadlineOpened',
        data: expect.objectContaining({ dueAt: '2026-12-06T17:00:00.000Z' }),
      }),
    ]);
  });

  it('keeps a deadline open past its due time until met, and closes it met late then', () => {
    const open = openDeadlinesOf(deadlineChanges(caseId, new Map(), [r1], sets));
    const overdue: Obligation = {
      ...r1,
      status: 'violated',
      overdueByMs: 1_000,
      fine: DEFAULT_RULE_SET.rules[0]?.fine ?? null,
    };
    expect(deadlineChanges(caseId, open, [overdue], sets)).toEqual([]);
    const late: Obligation = { ...r1, status: 'met_late', metAt: new Date('2026-12-16T17:00:00Z'), metBy: 'e' };
    expect(deadlineChanges(caseId, open, [late], sets)).toEqual([
      {
        type: 'ComplianceDeadlineClosed',
        data: { caseId, deadlineId: deadlineIdOf(r1), ruleId: 'R1', outcome: 'met_late' },
      },
    ]);
  });

  it('closes as missed what can no longer be met: a month gone without its contact, a deadline its case ended past due', () => {
    const open = openDeadlinesOf(deadlineChanges(caseId, new Map(), [r1, r5], sets));
    const monthMissed: Obligation = { ...r5, status: 'violated', overdueByMs: 1 };
    const endedPastDue: Obligation = { ...r1, status: 'violated', overdueByMs: 1, endedBy: 'event-closed' };
    expect(deadlineChanges(caseId, open, [endedPastDue, monthMissed], sets).map((event) => event.data)).toEqual([
      { caseId, deadlineId: 'R1/-/event-opened', ruleId: 'R1', outcome: 'missed' },
      { caseId, deadlineId: 'R5/2026-11/-', ruleId: 'R5', outcome: 'missed' },
    ]);
  });

  it('closes met and cancelled ones, withdraws those the rules no longer ask, and never closes what it never opened', () => {
    const open = openDeadlinesOf(deadlineChanges(caseId, new Map(), [r1, r5], sets));
    const met: Obligation = { ...r1, status: 'met', metAt: new Date(), metBy: 'event-contact' };
    expect(deadlineChanges(caseId, open, [met], sets).map((event) => event.data)).toEqual([
      { caseId, deadlineId: 'R1/-/event-opened', ruleId: 'R1', outcome: 'met' },
      { caseId, deadlineId: 'R5/2026-11/-', ruleId: 'R5', outcome: 'withdrawn' },
    ]);
    expect(deadlineChanges(caseId, new Map(), [{ ...r1, status: 'cancelled', endedBy: 'x' }], sets)).toEqual([]);
    const closed = openDeadlinesOf(
      [...deadlineChanges(caseId, open, [{ ...r1, status: 'cancelled', endedBy: 'x' }, r5], sets)],
      new Map(open),
    );
    expect([...closed.keys()]).toEqual(['R5/2026-11/-']);
  });
});
