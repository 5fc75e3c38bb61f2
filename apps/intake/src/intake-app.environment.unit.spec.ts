import { EnvironmentError, validateEnvironment } from '@casemgmt/kernel';
import { IntakeAppEnvironment } from './intake-app.environment';

describe('intake environment', () => {
  it('needs a database and applies defaults for the rest, including the caseload limit', () => {
    const env = validateEnvironment(IntakeAppEnvironment, { DATABASE_URL: 'postgres://db:5432/casemgmt' });
    expect(env).toMatchObject({ PORT: 3000, CASELOAD_LIMIT: 40, NODE_ENV: 'development' });
  });

  it('reads the caseload limit from the environment and refuses one that is not a positive number', () => {
    expect(
      validateEnvironment(IntakeAppEnvironment, { DATABASE_URL: 'postgres://db/x', CASELOAD_LIMIT: '25' })
        .CASELOAD_LIMIT,
    ).toBe(25);
    expect(() =>
      validateEnvironment(IntakeAppEnvironment, { DATABASE_URL: 'postgres://db/x', CASELOAD_LIMIT: '0' }),
    ).toThrow(/CASELOAD_LIMIT: /);
  });

  it('refuses production without a personal-data master key from a secret store', () => {
    expect(() =>
      validateEnvironment(IntakeAppEnvironment, {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        AUTH_JWKS_URL: 'https://idp.example.org/jwks',
      }),
    ).toThrow(/PERSONAL_DATA_MASTER_KEY: /);
  });

  it('refuses to start without a database, naming the variable', () => {
    expect(() => validateEnvironment(IntakeAppEnvironment, {})).toThrow(EnvironmentError);
  });
});
