import { endOfNextBusinessDay, parseHolidays } from './agency-calendar';

const NEW_YORK = 'America/New_York';

describe('endOfNextBusinessDay', () => {
  it('counts Monday to Friday in the agency’s time zone, ending the last day there', () => {
    // Friday 2026-11-20 at 18:00 in New York: the next business day is Monday the 23rd.
    expect(endOfNextBusinessDay(new Date('2026-11-20T23:00:00Z'), NEW_YORK).toISOString()).toBe(
      '2026-11-24T04:59:59.999Z',
    );
    // Three business days after Wednesday the 18th: Thursday, Friday, Monday.
    expect(endOfNextBusinessDay(new Date('2026-11-18T15:00:00Z'), NEW_YORK, 3).toISOString()).toBe(
      '2026-11-24T04:59:59.999Z',
    );
  });

  it('takes the date in the agency’s zone: 02:00Z on Saturday is still Friday evening in New York', () => {
    expect(endOfNextBusinessDay(new Date('2026-11-21T02:00:00Z'), NEW_YORK).toISOString()).toBe(
      '2026-11-24T04:59:59.999Z',
    );
  });

  it('skips the agency’s holidays: Thanksgiving and the day after, and a Monday holiday after a weekend', () => {
    const holidays = ['2026-11-26', '2026-11-27', '2027-01-18'];
    // Sent Wednesday 2026-11-25 with three business days: Monday the 30th, Tuesday, Wednesday 2 December.
    expect(endOfNextBusinessDay(new Date('2026-11-25T15:00:00Z'), NEW_YORK, 3, holidays).toISOString()).toBe(
      '2026-12-03T04:59:59.999Z',
    );
    expect(endOfNextBusinessDay(new Date('2026-11-25T15:00:00Z'), NEW_YORK, 3).toISOString()).toBe(
      '2026-12-01T04:59:59.999Z',
    );
    // Friday 2027-01-15, the next business day past Martin Luther King Jr. Day is Tuesday the 19th.
    expect(endOfNextBusinessDay(new Date('2027-01-15T15:00:00Z'), NEW_YORK, 1, holidays).toISOString()).toBe(
      '2027-01-20T04:59:59.999Z',
    );
  });

  it('ignores a holiday on a weekend: the weekend is skipped anyway', () => {
    expect(
      endOfNextBusinessDay(new Date('2026-11-20T15:00:00Z'), NEW_YORK, 1, ['2026-11-21', '2026-11-22']).toISOString(),
    ).toBe('2026-11-24T04:59:59.999Z');
  });
});

describe('parseHolidays', () => {
  it('reads dates separated by commas, in order and once each', () => {
    expect(parseHolidays('2026-12-25, 2026-11-26,2026-12-25,')).toEqual(['2026-11-26', '2026-12-25']);
    expect(parseHolidays('')).toEqual([]);
  });

  it('names the first entry that is not a date', () => {
    expect(() => parseHolidays('2026-12-25,12/31/2026')).toThrow(
      'agency holidays: 12/31/2026 is not a date written YYYY-MM-DD',
    );
    expect(() => parseHolidays('2026-02-30')).toThrow('agency holidays: 2026-02-30 is not a date written YYYY-MM-DD');
  });
});
