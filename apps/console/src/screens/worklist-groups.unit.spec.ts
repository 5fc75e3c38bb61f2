import { complianceText, groupWorklist, overdueText, ruleBeside, type WorklistItem } from './worklist-groups';

const item = (dueAt: string, overdueBy = 0): WorklistItem => ({
  caseId: '0190d1c8-0000-7000-8000-000000000001',
  caseManagerId: 'cm-1',
  kind: 'first_contact',
  dueAt,
  overdueBy,
  satisfiedBy: 'care-plan.ContactRecorded.v1',
});

describe('groupWorklist', () => {
  const now = new Date(2026, 11, 4, 10, 0); // 4 December, 10:00 local time

  it('puts overdue items first, then those due by the end of today, this week, and later', () => {
    const overdue = item(new Date(2026, 11, 3, 9, 0).toISOString(), 1500);
    const today = item(new Date(2026, 11, 4, 23, 30).toISOString());
    const week = item(new Date(2026, 11, 9, 9, 0).toISOString());
    const later = item(new Date(2026, 11, 20, 9, 0).toISOString());
    expect(groupWorklist([overdue, today, week, later], now)).toEqual({
      overdue: [overdue],
      today: [today],
      week: [week],
      later: [later],
    });
  });

  it('counts an item due this very minute as overdue, even before the API counted a minute past it', () => {
    const dueNow = item(now.toISOString(), 0);
    expect(groupWorklist([dueNow], now).overdue).toEqual([dueNow]);
  });

  it('keeps the API’s order within a section', () => {
    const first = item(new Date(2026, 11, 1).toISOString(), 4000);
    const second = item(new Date(2026, 11, 2).toISOString(), 2000);
    expect(groupWorklist([first, second], now).overdue).toEqual([first, second]);
  });
});

describe('overdueText', () => {
  it('says how long in days, hours and minutes, leaving out what is zero', () => {
    expect(overdueText(12)).toBe('12 min');
    expect(overdueText(125)).toBe('2 h 5 min');
    expect(overdueText(120)).toBe('2 h');
    expect(overdueText(3 * 1440 + 4 * 60 + 7)).toBe('3 d 4 h');
    expect(overdueText(1440)).toBe('1 d');
  });
});

describe('complianceText', () => {
  const r1 = {
    deadlineId: 'R1/-/e1',
    ruleId: 'R1',
    description: 'First contact with the client',
    concerns: null,
    fineCents: 100_000,
    dueAt: '2026-12-15T17:00:00.000Z',
  };

  it('names the rule, what it asks and the fine at stake; nothing for other kinds', () => {
    const deadline: WorklistItem = {
      ...item('2026-12-15T17:00:00.000Z'),
      kind: 'compliance_deadline',
      compliance: r1,
    };
    expect(complianceText(deadline)).toBe('R1 First contact with the client · $1,000.00 at stake');
    expect(complianceText(item('2026-12-15T17:00:00.000Z'))).toBeNull();
    expect(ruleBeside(deadline)).toBeNull();
  });

  it('puts the rule an item stands for beside it: the program’s first contact with R1, its due time and fine', () => {
    const firstContact: WorklistItem = {
      ...item('2026-12-08T17:00:00.000Z'),
      compliance: r1,
    };
    expect(complianceText(firstContact)).toBeNull();
    expect(ruleBeside(firstContact)).toEqual({ text: 'R1 · $1,000.00 at stake', dueAt: '2026-12-15T17:00:00.000Z' });
    // Due when the item is: the time is not said twice.
    expect(ruleBeside({ ...firstContact, dueAt: '2026-12-15T17:00:00.000Z' })).toEqual({
      text: 'R1 · $1,000.00 at stake',
      dueAt: null,
    });
  });
});
