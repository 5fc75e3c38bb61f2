import { randomBytes } from 'node:crypto';
import { AgencyEnvironment } from '@casemgmt/host';
import { validateEnvironment } from '@casemgmt/kernel';
import { carePlanOptionsOf, withCarePlanVariables } from './care-plan.environment';

class CarePlanEnvironment extends withCarePlanVariables(AgencyEnvironment) {}

describe('care plan’s environment', () => {
  it('gives the deadlines the agency’s time zone and holidays', () => {
    const env = validateEnvironment(CarePlanEnvironment, {
      DATABASE_URL: 'postgres://db/x',
      PERSONAL_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      AGENCY_TIME_ZONE: 'America/Chicago',
      AGENCY_HOLIDAYS: '2026-12-25',
    });
    expect(carePlanOptionsOf(env).settings).toEqual({
      timeZone: 'America/Chicago',
      holidays: ['2026-12-25'],
      programs: {},
    });
  });
});
