import { sessionOf } from './session';

const jwt = (claims: object) =>
  ['{"alg":"ES256"}', JSON.stringify(claims), 'signature']
    .map((part, index) => (index < 2 ? Buffer.from(part).toString('base64url') : part))
    .join('.');

describe('sessionOf', () => {
  const now = Date.UTC(2026, 11, 4, 12);
  const exp = now / 1000 + 3600;

  it('reads who the token is for: subject, tenant, roles, team and name', () => {
    const token = jwt({
      sub: 'cm-17',
      tenant: 'county-a',
      roles: ['case_manager'],
      team: 'team-west',
      name: 'Zoë',
      exp,
    });
    expect(sessionOf(token, now)).toEqual({
      token,
      sub: 'cm-17',
      tenant: 'county-a',
      roles: ['case_manager'],
      team: 'team-west',
      name: 'Zoë',
      expiresAt: exp,
    });
  });

  it('opens no session with an expired token, one without a tenant, or something that is not a JWT', () => {
    expect(sessionOf(jwt({ sub: 'cm-17', tenant: 'county-a', roles: [], exp: now / 1000 - 1 }), now)).toBeUndefined();
    expect(sessionOf(jwt({ sub: 'cm-17', roles: [], exp }), now)).toBeUndefined();
    expect(sessionOf('not-a-token', now)).toBeUndefined();
  });

  it('keeps only the roles that are strings', () => {
    const token = jwt({ sub: 'a', tenant: 't', roles: ['auditor', 7, null], exp });
    expect(sessionOf(token, now)?.roles).toEqual(['auditor']);
  });
});
