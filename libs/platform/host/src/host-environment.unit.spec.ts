import { EnvironmentError, validateEnvironment } from '@casemgmt/kernel';
import { HostEnvironment, hostOptionsOf } from './host-environment';

describe('host environment', () => {
  it('needs a database and applies defaults for the rest, brokers optional', () => {
    const env = validateEnvironment(HostEnvironment, { DATABASE_URL: 'postgres://db:5432/casemgmt' });
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: 'log', NODE_ENV: 'development', AUTH_ISSUER: 'casemgmt-dev' });
    expect(env.KAFKA_BROKERS).toBeUndefined();
    expect(hostOptionsOf(env).kafkaBrokers).toEqual([]);
  });

  it('keeps the brokers it is given', () => {
    const env = validateEnvironment(HostEnvironment, {
      DATABASE_URL: 'postgres://db:5432/casemgmt',
      KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
    });
    expect(env.KAFKA_BROKERS).toBe('kafka-1:9092,kafka-2:9092');
    expect(hostOptionsOf(env).kafkaBrokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
  });

  it('refuses to start without a database, naming the variable', () => {
    expect(() => validateEnvironment(HostEnvironment, {})).toThrow(EnvironmentError);
    expect(() => validateEnvironment(HostEnvironment, {})).toThrow(/DATABASE_URL: /);
  });

  it('refuses production without an OIDC provider', () => {
    expect(() =>
      validateEnvironment(HostEnvironment, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }),
    ).toThrow(/AUTH_JWKS_URL: /);
  });
});
