import { after } from '@casemgmt/kernel';
import { DateTime, IANAZone } from 'luxon';
import { AgencyCalendar } from './compliance-calendar';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata'];
const HOUR = 3_600_000;

describe('AgencyCalendar', () => {
  // Instants a few hours either side of each offset change of 2026 to 2028, and those 1, 5 and 90 days before.
  function nearChanges(zone: string): number[] {
    const tz = IANAZone.create(zone);
    const instants: number[] = [];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let time = start; time < start + 3 * 365 * 24 * HOUR; time += HOUR) {
      if (tz.offset(time) === tz.offset(time + HOUR)) continue;
      for (const daysBefore of [0, 1, 5, 90]) {
        for (let minutes = -180; minutes <= 180; minutes += 7)
          instants.push(time - daysBefore * 24 * HOUR + minutes * 60_000);
      }
    }
    return instants;
  }

  it.each(ZONES.filter((zone) => zone !== 'Asia/Kolkata'))(
    'adds days and hours as the kernel does around every offset change in %s',
    (zone) => {
      const calendar = AgencyCalendar.of(zone);
      const instants = nearChanges(zone);
      expect(instants.length).toBeGreaterThan(1000);
      const differing = instants.flatMap((time) =>
        ['P1D', 'P5D', 'P90D', 'PT24H']
          .filter(
            (duration) =>
              calendar.after(new Date(time), duration).getTime() !== after(new Date(time), duration, zone).getTime(),
          )
          .map((duration) => `${new Date(time).toISOString()} + ${duration}`),
      );
      expect(differing).toEqual([]);
    },
  );

  it.each(ZONES)('starts dates and months where Luxon does in %s', (zone) => {
    const calendar = AgencyCalendar.of(zone);
    const months = [
      ...calendar.monthsStartingBetween(new Date('2026-01-15T00:00:00Z'), new Date('2028-12-31T00:00:00Z')),
    ];
    expect(months).toHaveLength(35);
    for (const { month, start, end } of months) {
      const expected = DateTime.fromISO(`${month}-01`, { zone }).startOf('month');
      expect([start, end]).toEqual([expected.toJSDate(), expected.plus({ months: 1 }).toJSDate()]);
    }
    expect(calendar.startOfDate('2028-02-29')).toEqual(DateTime.fromISO('2028-02-29', { zone }).toJSDate());
  });

  it('counts a month that starts exactly at the given instant', () => {
    const calendar = AgencyCalendar.of('America/New_York');
    const first = calendar.monthsStartingBetween(new Date('2028-02-01T05:00:00Z'), new Date('2028-02-01T05:00:00Z'));
    expect([...first].map(({ month }) => month)).toEqual(['2028-02']);
  });

  it('refuses a duration of another unit', () => {
    expect(() => AgencyCalendar.of('America/New_York').after(new Date(), 'P1M')).toThrow(
      'compliance: not a duration of days or hours: P1M',
    );
  });
});
