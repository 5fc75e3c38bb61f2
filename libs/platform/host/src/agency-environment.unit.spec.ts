import { randomBytes } from 'node:crypto';
import { validateEnvironment } from '@casemgmt/kernel';
import { AgencyEnvironment, agencyOptionsOf } from './agency-environment';

const masterKey = randomBytes(32).toString('base64');
const base = { DATABASE_URL: 'postgres://db/x', PERSONAL_DATA_MASTER_KEY: masterKey };

describe('the agency’s environment', () => {
  it('reads the agency’s holidays as dates, in order; none when unset', () => {
    const env = validateEnvironment(AgencyEnvironment, { ...base, AGENCY_HOLIDAYS: '2026-12-25, 2026-11-26' });
    expect(agencyOptionsOf(env)).toMatchObject({ holidays: ['2026-11-26', '2026-12-25'] });
    expect(agencyOptionsOf(validateEnvironment(AgencyEnvironment, base)).holidays).toEqual([]);
  });

  it('refuses holidays that are not dates, naming the variable', () => {
    expect(() => validateEnvironment(AgencyEnvironment, { ...base, AGENCY_HOLIDAYS: '25/12/2026' })).toThrow(
      /AGENCY_HOLIDAYS: .*calendar dates YYYY-MM-DD/,
    );
    // Written like a date but not one: refused when the options are read, as the service starts.
    const env = validateEnvironment(AgencyEnvironment, { ...base, AGENCY_HOLIDAYS: '2026-02-30' });
    expect(() => agencyOptionsOf(env)).toThrow('agency holidays: 2026-02-30 is not a date written YYYY-MM-DD');
  });
});
