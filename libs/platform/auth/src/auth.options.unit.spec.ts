import { AuthConfigError, resolveAuthOptions, type AuthOptions } from './auth.options';

const base: AuthOptions = { issuer: 'casemgmt-dev', audience: 'casemgmt-api' };

describe('resolveAuthOptions', () => {
  it('applies the defaults for claims and clock tolerance', () => {
    expect(resolveAuthOptions({ ...base, devKeyFile: 'key.json' })).toEqual({
      issuer: 'casemgmt-dev',
      audience: 'casemgmt-api',
      keySource: { kind: 'development', file: 'key.json' },
      tenantClaim: 'tenant',
      rolesClaim: 'roles',
      clockToleranceSec: 5,
    });
  });

  it('uses the JWKS endpoint when only jwksUrl is set', () => {
    const resolved = resolveAuthOptions({
      ...base,
      jwksUrl: 'https://idp.example.org/certs',
      rolesClaim: 'realm_access.roles',
    });
    expect(resolved.keySource).toEqual({ kind: 'jwks', url: new URL('https://idp.example.org/certs') });
    expect(resolved.rolesClaim).toBe('realm_access.roles');
  });

  it('rejects both jwksUrl and devKeyFile', () => {
    expect(() =>
      resolveAuthOptions({ ...base, jwksUrl: 'https://idp.example.org/certs', devKeyFile: 'key.json' }),
    ).toThrow(/either jwksUrl .* or devKeyFile .*not both/);
  });

  it('rejects neither jwksUrl nor devKeyFile, counting empty strings as unset', () => {
    expect(() => resolveAuthOptions(base)).toThrow(AuthConfigError);
    expect(() => resolveAuthOptions({ ...base, jwksUrl: '', devKeyFile: '' })).toThrow(/set jwksUrl .* or devKeyFile/);
    expect(resolveAuthOptions({ ...base, jwksUrl: '', devKeyFile: 'key.json' }).keySource.kind).toBe('development');
  });

  it('accepts plain http for a loopback JWKS endpoint only', () => {
    expect(resolveAuthOptions({ ...base, jwksUrl: 'http://127.0.0.1:8080/jwks' }).keySource.kind).toBe('jwks');
    expect(() => resolveAuthOptions({ ...base, jwksUrl: 'http://idp.example.org/certs' })).toThrow(/https/);
    expect(() => resolveAuthOptions({ ...base, jwksUrl: 'not a url' })).toThrow(/not a URL/);
  });

  it('requires issuer and audience', () => {
    expect(() => resolveAuthOptions({ issuer: '', audience: 'a', devKeyFile: 'k' })).toThrow(/issuer is required/);
    expect(() => resolveAuthOptions({ issuer: 'i', audience: ' ', devKeyFile: 'k' })).toThrow(/audience is required/);
  });

  it('rejects a clock tolerance that is not a small whole number of seconds', () => {
    for (const clockToleranceSec of [-1, 301, 1.5, Number.NaN]) {
      expect(() => resolveAuthOptions({ ...base, devKeyFile: 'k', clockToleranceSec })).toThrow(/clockToleranceSec/);
    }
    expect(resolveAuthOptions({ ...base, devKeyFile: 'k', clockToleranceSec: 0 }).clockToleranceSec).toBe(0);
  });

  it('rejects claim paths with empty segments', () => {
    expect(() => resolveAuthOptions({ ...base, devKeyFile: 'k', rolesClaim: 'realm_access..roles' })).toThrow(
      /rolesClaim/,
    );
    expect(() => resolveAuthOptions({ ...base, devKeyFile: 'k', tenantClaim: '' })).toThrow(/tenantClaim/);
  });
});
