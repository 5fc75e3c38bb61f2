import { DateTime, Duration, IANAZone } from 'luxon';

// Calendar arithmetic in the agency's time zone (IANA name), with Luxon: a deadline "in 5 days" keeps its local
// clock time across a daylight-saving change, and a date is a whole local day.

/** Is the text a real calendar date written YYYY-MM-DD? */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

/** Is the text an IANA time zone name (`America/Chicago`)? */
export function isTimeZone(name: string): boolean {
  return typeof name === 'string' && IANAZone.isValidZone(name);
}

/** The instant an ISO 8601 date and time with its offset (`Z` or `±hh:mm`) names; null for anything else. */
export function instantOf(text: string): Date | null {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T[^Z+-]+(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** The agency's calendar date of an instant. */
export function calendarDateOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}

/** The date so many days after another. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? '';
}

/** The instant a date ends in the agency's time zone: a task due on a date is due by the end of that day there. */
export function endOfDate(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).endOf('day').toJSDate();
}

/** Is the text an ISO 8601 duration Luxon can read (`PT24H`, `P5D`)? */
export function isIsoDuration(text: string): boolean {
  return Duration.fromISO(text).isValid;
}

/**
 * The instant a duration after another, counted in the agency's time zone: days are calendar days (23 or 25 hours
 * across a daylight-saving change), hours are hours.
 */
export function after(instant: Date, isoDuration: string, timeZone: string): Date {
  const duration = Duration.fromISO(isoDuration);
  if (!duration.isValid) throw new Error(`not an ISO 8601 duration: ${isoDuration}`);
  return DateTime.fromJSDate(instant, { zone: timeZone }).plus(duration).toJSDate();
}

/**
 * The end of the business day so many business days after the instant's date in the agency's time zone: Monday to
 * Friday, except the agency's holidays (its calendar dates, `YYYY-MM-DD`).
 */
export function endOfNextBusinessDay(
  instant: Date,
  timeZone: string,
  businessDays = 1,
  holidays: readonly string[] = [],
): Date {
  const closed = new Set(holidays);
  let day = DateTime.fromJSDate(instant, { zone: timeZone }).startOf('day');
  let left = businessDays;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toISODate() ?? '')) left -= 1;
  }
  return day.endOf('day').toJSDate();
}

/**
 * Reads the agency's holidays, written as calendar dates separated by commas (`2026-12-25,2027-01-01`); throws
 * naming the first that is not a date.
 */
export function parseHolidays(text: string): string[] {
  const dates = text
    .split(',')
    .map((date) => date.trim())
    .filter((date) => date !== '');
  const wrong = dates.find((date) => !isCalendarDate(date));
  if (wrong !== undefined) throw new Error(`agency holidays: ${wrong} is not a date written YYYY-MM-DD`);
  return [...new Set(dates)].sort();
}
