import { IANAZone } from 'luxon';

// The agency's calendar as the rules count it: the kernel's semantics (`after`: calendar days keep the local clock
// time across a daylight-saving change, hours are hours), at the speed of an evaluation over a million events.
// Luxon builds a zoned DateTime per call (tens of microseconds); here the zone's offsets are looked up once per
// UTC day and the wall-clock arithmetic is done on numbers, resolving local times as Luxon does.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_CACHED_BUCKETS = 200_000;

/** A calendar month of the agency: `YYYY-MM`, from its first instant up to (not including) the next month's. */
export interface CalendarMonth {
  readonly month: string;
  readonly start: Date;
  readonly end: Date;
}

/** Calendar arithmetic in one IANA time zone, with the zone's offsets cached by UTC day. */
export class AgencyCalendar {
  private static readonly byZone = new Map<string, AgencyCalendar>();
  private readonly zone: IANAZone;
  private readonly offsets = new Map<number, number>();

  private constructor(timeZone: string) {
    this.zone = IANAZone.create(timeZone);
  }

  /** The calendar of a time zone (shared: the cache only remembers what the zone's rules say). */
  static of(timeZone: string): AgencyCalendar {
    let calendar = AgencyCalendar.byZone.get(timeZone);
    if (!calendar) {
      calendar = new AgencyCalendar(timeZone);
      AgencyCalendar.byZone.set(timeZone, calendar);
    }
    return calendar;
  }

  /** The instant a duration of whole days (`P14D`) or hours (`PT24H`) after another, as the kernel's `after`. */
  after(instant: Date, duration: string): Date {
    const days = /^P(\d+)D$/.exec(duration);
    if (days) return new Date(this.plusLocal(instant.getTime(), Number(days[1]) * DAY));
    const hours = /^PT(\d+)H$/.exec(duration);
    if (hours) return new Date(instant.getTime() + Number(hours[1]) * HOUR);
    throw new Error(`compliance: not a duration of days or hours: ${duration}`);
  }

  /** The instant a calendar date (YYYY-MM-DD) starts. */
  startOfDate(date: string): Date {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Date(this.instantOfLocal(Date.UTC(year, month - 1, day)));
  }

  /** The months that start at or after `from` and no later than `until`, in order. */
  *monthsStartingBetween(from: Date, until: Date): Generator<CalendarMonth> {
    const local = new Date(from.getTime() + this.offsetAt(from.getTime()));
    let year = local.getUTCFullYear();
    let month = local.getUTCMonth();
    let start = this.instantOfLocal(Date.UTC(year, month, 1));
    if (start < from.getTime()) [year, month, start] = this.nextMonth(year, month);
    while (start <= until.getTime()) {
      const [nextYear, nextMonth, end] = this.nextMonth(year, month);
      const name = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
      yield { month: name, start: new Date(start), end: new Date(end) };
      [year, month, start] = [nextYear, nextMonth, end];
    }
  }

  /** The first month that starts after `instant`. */
  monthAfter(instant: Date): CalendarMonth {
    const local = new Date(instant.getTime() + this.offsetAt(instant.getTime()));
    const [year, month, start] = this.nextMonth(local.getUTCFullYear(), local.getUTCMonth());
    const [, , end] = this.nextMonth(year, month);
    const name = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
    return { month: name, start: new Date(start), end: new Date(end) };
  }

  private nextMonth(year: number, month: number): [number, number, number] {
    const [nextYear, nextMonth] = month === 11 ? [year + 1, 0] : [year, month + 1];
    return [nextYear, nextMonth, this.instantOfLocal(Date.UTC(nextYear, nextMonth, 1))];
  }

  // Moves the local clock time by whole days and resolves it with the original offset as first guess, as Luxon does.
  private plusLocal(time: number, ms: number): number {
    const offset = this.offsetAt(time);
    return this.resolve(time + offset + ms, offset);
  }

  private instantOfLocal(local: number): number {
    return this.resolve(local, this.offsetAt(local));
  }

  // Luxon's fixOffset: a local time in a gap moves forward, one in an overlap takes the earlier offset's guess.
  private resolve(local: number, guess: number): number {
    let utc = local - guess;
    const second = this.offsetAt(utc);
    if (second === guess) return utc;
    utc -= second - guess;
    const third = this.offsetAt(utc);
    if (second === third) return utc;
    return local - Math.min(second, third);
  }

  /** The zone's offset from UTC at an instant, in milliseconds. */
  private offsetAt(time: number): number {
    // A UTC day without a change (most) is one entry; a day with one is looked up by the hour, and the hour holding
    // it (none holds two) by the minute, uncached.
    const day = Math.floor(time / DAY);
    const daily = this.offsets.get(day);
    if (daily !== undefined) return daily;
    if (this.steady(day * DAY, DAY)) return this.remember(day, this.zone.offset(day * DAY) * 60_000);
    const hour = -1 - Math.floor(time / HOUR);
    const hourly = this.offsets.get(hour);
    if (hourly !== undefined) return hourly;
    if (this.steady(Math.floor(time / HOUR) * HOUR, HOUR)) return this.remember(hour, this.zone.offset(time) * 60_000);
    return this.zone.offset(time) * 60_000;
  }

  private steady(start: number, length: number): boolean {
    return this.zone.offset(start) === this.zone.offset(start + length - 1);
  }

  private remember(bucket: number, offset: number): number {
    if (this.offsets.size >= MAX_CACHED_BUCKETS) this.offsets.clear();
    this.offsets.set(bucket, offset);
    return offset;
  }
}
