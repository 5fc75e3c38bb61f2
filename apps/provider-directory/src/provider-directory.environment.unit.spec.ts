import { EnvironmentError, validateEnvironment } from '@casemgmt/kernel';
import { ProviderDirectoryEnvironment } from './provider-directory.environment';

describe('provider-directory environment', () => {
  it('needs a database and applies defaults for the rest', () => {
    const env = validateEnvironment(ProviderDirectoryEnvironment, { DATABASE_URL: 'postgres://db:5432/casemgmt' });
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: 'log', NODE_ENV: 'development', AUTH_ISSUER: 'casemgmt-dev' });
  });

  it('refuses to start without a database, naming the variable', () => {
    expect(() => validateEnvironment(ProviderDirectoryEnvironment, {})).toThrow(EnvironmentError);
    expect(() => validateEnvironment(ProviderDirectoryEnvironment, {})).toThrow(/DATABASE_URL: /);
  });

  it('refuses production without an OIDC provider', () => {
    expect(() =>
      validateEnvironment(ProviderDirectoryEnvironment, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }),
    ).toThrow(/AUTH_JWKS_URL: /);
  });
});
