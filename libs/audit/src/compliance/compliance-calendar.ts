import { DateTime } from 'luxon';

// The agency's calendar where the kernel's helpers stop: the start of a date and of calendar months.

/** The instant a calendar date (YYYY-MM-DD) starts in the agency's time zone. */
export function startOfDate(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();
}

/** A calendar month of the agency: `YYYY-MM`, from its first instant up to (not including) the next month's. */
export interface CalendarMonth {
  readonly month: string;
  readonly start: Date;
  readonly end: Date;
}

/** The months that start at or after `from` and no later than `until`, in order. */
export function* monthsStartingBetween(from: Date, until: Date, timeZone: string): Generator<CalendarMonth> {
  let start = DateTime.fromJSDate(from, { zone: timeZone }).startOf('month');
  if (start.toMillis() < from.getTime()) start = start.plus({ months: 1 });
  while (start.toMillis() <= until.getTime()) {
    const end = start.plus({ months: 1 });
    yield { month: start.toFormat('yyyy-MM'), start: start.toJSDate(), end: end.toJSDate() };
    start = end;
  }
}
