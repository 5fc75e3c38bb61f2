import { DEFAULT_PROGRAM_SETTINGS, type CarePlanSettings } from '../shared/program-settings';
import {
  dueByEndOf,
  escalatedSince,
  firstContactDueAt,
  overdueMinutes,
  planApprovalDueAt,
  SATISFIED_BY,
  WORKLIST_KINDS,
} from './worklist-deadlines';

const SETTINGS: CarePlanSettings = {
  timeZone: 'America/Los_Angeles',
  programs: {
    'youth-crisis': {
      ...DEFAULT_PROGRAM_SETTINGS,
      firstContactWithin: { emergency: 'PT4H', urgent: 'PT48H', routine: 'P7D' },
      planApprovedWithin: 'P10D',
    },
  },
};
const PROGRAM = 'adult-behavioral-health';
const at = (iso: string) => new Date(iso);

// Los Angeles is UTC-8 until 2026-03-08 02:00 local, UTC-7 from then on.
describe('worklist deadlines in the agency’s time zone', () => {
  it('keeps the local clock time of a deadline in days across the daylight-saving change', () => {
    // Opened Friday 2026-03-06 18:00 local (02:00Z on the 7th): due Wednesday 18:00 local, which is 01:00Z now.
    expect(firstContactDueAt(at('2026-03-07T02:00:00Z'), 'urgent', PROGRAM, SETTINGS).toISOString()).toBe(
      '2026-03-12T01:00:00.000Z',
    );
    // Opened 2026-02-28 23:30 local: fourteen calendar days later, 23:30 local again.
    expect(firstContactDueAt(at('2026-03-01T07:30:00Z'), 'routine', PROGRAM, SETTINGS).toISOString()).toBe(
      '2026-03-15T06:30:00.000Z',
    );
  });

  it('counts a deadline in hours as hours, across midnight and the daylight-saving change', () => {
    // Opened 2026-03-07 22:30 local: 24 hours later is 2026-03-08 23:30 local, a day of 23 hours.
    expect(firstContactDueAt(at('2026-03-08T06:30:00Z'), 'emergency', PROGRAM, SETTINGS).toISOString()).toBe(
      '2026-03-09T06:30:00.000Z',
    );
    // Opened 2026-01-15 23:00 local: due 23:00 the next day.
    expect(firstContactDueAt(at('2026-01-16T07:00:00Z'), 'emergency', PROGRAM, SETTINGS).toISOString()).toBe(
      '2026-01-17T07:00:00.000Z',
    );
  });

  it('takes the durations of the case’s program from configuration', () => {
    const openedAt = at('2026-03-07T02:00:00Z');
    expect(firstContactDueAt(openedAt, 'urgent', 'youth-crisis', SETTINGS).toISOString()).toBe(
      '2026-03-09T02:00:00.000Z',
    );
    expect(planApprovalDueAt(openedAt, 'youth-crisis', SETTINGS).toISOString()).toBe('2026-03-17T01:00:00.000Z');
  });

  it('gives a priority the settings do not know the shortest of the program’s durations', () => {
    expect(firstContactDueAt(at('2026-03-07T02:00:00Z'), 'someday', 'youth-crisis', SETTINGS).toISOString()).toBe(
      '2026-03-07T06:00:00.000Z',
    );
  });

  it('counts the plan’s approval from the opening, in calendar days (P30D by default)', () => {
    // Opened 2026-02-20 09:00 local (PST): due 2026-03-22 09:00 local (PDT).
    expect(planApprovalDueAt(at('2026-02-20T17:00:00Z'), PROGRAM, SETTINGS).toISOString()).toBe(
      '2026-03-22T16:00:00.000Z',
    );
  });

  it('makes a task due on a date due by the end of that day in the agency’s time zone', () => {
    expect(dueByEndOf('2026-03-07', SETTINGS).toISOString()).toBe('2026-03-08T07:59:59.999Z');
    // The day of the change ends at 23:59:59.999 PDT.
    expect(dueByEndOf('2026-03-08', SETTINGS).toISOString()).toBe('2026-03-09T06:59:59.999Z');
  });

  it('counts whole minutes overdue, and none before the deadline', () => {
    const due = at('2026-03-12T01:00:00Z');
    expect(overdueMinutes(due, at('2026-03-12T00:59:59Z'))).toBe(0);
    expect(overdueMinutes(due, due)).toBe(0);
    expect(overdueMinutes(due, at('2026-03-12T01:01:59Z'))).toBe(1);
    expect(overdueMinutes(due, at('2026-03-13T01:00:00Z'))).toBe(24 * 60);
  });

  it('says what satisfies every kind of item', () => {
    for (const kind of WORKLIST_KINDS) expect(SATISFIED_BY[kind].length).toBeGreaterThan(10);
  });

  it('escalates an overdue referral answer from its due instant, and nothing else', () => {
    const due = at('2026-03-10T14:00:00Z');
    expect(escalatedSince('referral_answer', due, at('2026-03-10T14:00:00Z'))).toBeNull();
    expect(escalatedSince('referral_answer', due, at('2026-03-10T14:00:00.001Z'))).toEqual(due);
    for (const kind of WORKLIST_KINDS.filter((each) => each !== 'referral_answer')) {
      expect(escalatedSince(kind, due, at('2026-04-10T14:00:00Z'))).toBeNull();
    }
  });
});
