import { randomBytes } from 'node:crypto';
import { AgencyEnvironment } from '@casemgmt/host';
import { validateEnvironment } from '@casemgmt/kernel';
import { referralOptionsOf, withReferralVariables } from './referral.environment';

class ReferralEnvironment extends withReferralVariables(AgencyEnvironment) {}

describe('referral’s environment', () => {
  it('gives the answer deadline the agency’s time zone, holidays and programs', () => {
    const env = validateEnvironment(ReferralEnvironment, {
      DATABASE_URL: 'postgres://db/x',
      PERSONAL_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      AGENCY_TIME_ZONE: 'America/Chicago',
      AGENCY_HOLIDAYS: '2026-11-27,2026-11-26',
      REFERRAL_PROGRAMS: '{"youth-services":{"responseBusinessDays":5}}',
    });
    expect(referralOptionsOf(env).settings).toEqual({
      timeZone: 'America/Chicago',
      holidays: ['2026-11-26', '2026-11-27'],
      programs: { 'youth-services': { responseBusinessDays: 5 } },
    });
  });
});
