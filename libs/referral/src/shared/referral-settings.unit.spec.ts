import { answerDueAt, parseReferralPrograms, type ReferralSettings } from './referral-settings';

const settings: ReferralSettings = {
  timeZone: 'America/New_York',
  programs: { 'youth-services': { responseBusinessDays: 5 } },
};

describe('referral settings', () => {
  it('puts the answer due at the end of the third business day in the agency’s zone, across the clock change', () => {
    // Sent Friday 6 March 2026 at 10:00 in New York; clocks go forward on Sunday the 8th.
    const sent = new Date('2026-03-06T15:00:00Z');
    expect(answerDueAt(settings, 'adult-behavioral-health', sent).toISOString()).toBe('2026-03-12T03:59:59.999Z');
    // Late on a Monday evening is still Monday there, though Tuesday in UTC.
    expect(answerDueAt(settings, 'any', new Date('2026-03-10T02:30:00Z')).toISOString()).toBe(
      '2026-03-13T03:59:59.999Z',
    );
  });

  it('takes a program’s own number of business days', () => {
    expect(answerDueAt(settings, 'youth-services', new Date('2026-03-06T15:00:00Z')).toISOString()).toBe(
      '2026-03-14T03:59:59.999Z',
    );
  });

  it('passes over the agency’s holidays: sent the Wednesday before Thanksgiving, answered by the next Wednesday', () => {
    const sent = new Date('2026-11-25T15:00:00Z');
    expect(answerDueAt(settings, 'any', sent).toISOString()).toBe('2026-12-01T04:59:59.999Z');
    const holidays = ['2026-11-26', '2026-11-27'];
    expect(answerDueAt({ ...settings, holidays }, 'any', sent).toISOString()).toBe('2026-12-03T04:59:59.999Z');
  });

  it('reads the programs’ settings, naming the program and field it refuses', () => {
    expect(parseReferralPrograms('{"p":{"responseBusinessDays":2}}')).toEqual({ p: { responseBusinessDays: 2 } });
    expect(() => parseReferralPrograms('{"p":{"responseBusinessDays":0}}')).toThrow('p.responseBusinessDays');
    expect(() => parseReferralPrograms('{"p":{"answerWithin":2}}')).toThrow('p.answerWithin is not a setting');
    expect(() => parseReferralPrograms('[')).toThrow('not JSON');
  });
});
