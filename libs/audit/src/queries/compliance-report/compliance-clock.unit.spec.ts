import { isDomainError } from '@casemgmt/kernel';
import { clockOf } from './compliance-clock';

const ZONE = 'America/Los_Angeles';
const NOW = new Date('2026-12-04T15:00:00.000Z'); // 07:00 on 4 December in Los Angeles

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.message;
  }
  throw new Error('not refused');
};

describe('the clock of a compliance read', () => {
  it('is the occurred clock by default, which takes no knownOn', () => {
    expect(clockOf(undefined, undefined, ZONE, NOW)).toEqual({ kind: 'occurred' });
    expect(refusal(() => clockOf('occurred', '2026-12-01', ZONE, NOW))).toContain('knownOn');
  });

  it('reads a date as its end in the agency’s zone, and today as now', () => {
    expect(clockOf('known', '2026-11-30', ZONE, NOW)).toEqual({
      kind: 'known',
      on: new Date('2026-12-01T07:59:59.999Z'),
    });
    expect(clockOf('known', '2026-12-04', ZONE, NOW)).toEqual({ kind: 'known', on: NOW });
  });

  it('reads an instant with its offset, and refuses the future, a missing date and anything else', () => {
    expect(clockOf('known', '2026-12-01T09:00:00-08:00', ZONE, NOW)).toEqual({
      kind: 'known',
      on: new Date('2026-12-01T17:00:00.000Z'),
    });
    expect(refusal(() => clockOf('known', '2026-12-05', ZONE, NOW))).toContain('future');
    expect(refusal(() => clockOf('known', '2026-12-04T16:00:00Z', ZONE, NOW))).toContain('future');
    expect(refusal(() => clockOf('known', undefined, ZONE, NOW))).toContain('required');
    expect(refusal(() => clockOf('known', 'yesterday', ZONE, NOW))).toContain('knownOn');
  });
});
