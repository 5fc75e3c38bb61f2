import { TokenRejectedError } from './auth.errors';
import { buildRequestContext, readClaim, sanitizeCorrelationId, validTraceparent } from './request-context';

const names = { tenantClaim: 'tenant', rolesClaim: 'roles' };
const claims = { sub: 'cm-17', tenant: 'county-a', roles: ['case_manager', 'uma_authorization'] };
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('buildRequestContext', () => {
  it('maps the claims to tenant and actor, keeping only known roles', () => {
    const context = buildRequestContext(
      { ...claims, name: 'Casey Manager', team: 'team-3', org: 'org-9', act: { sub: 'support-1' } },
      { 'x-correlation-id': 'req-123', traceparent: TRACEPARENT },
      names,
    );
    expect(context).toEqual({
      tenantId: 'county-a',
      actor: {
        id: 'cm-17',
        roles: ['case_manager'],
        name: 'Casey Manager',
        teamId: 'team-3',
        organizationId: 'org-9',
        onBehalfOf: 'support-1',
      },
      correlationId: 'req-123',
      traceparent: TRACEPARENT,
    });
  });

  it('leaves optional actor fields out when the claims are absent or empty', () => {
    const context = buildRequestContext({ ...claims, name: '', team: 7 }, {}, names);
    expect(context.actor).toEqual({ id: 'cm-17', roles: ['case_manager'] });
    expect(Object.keys(context)).not.toContain('traceparent');
  });

  it('rejects a token without a tenant', () => {
    expect(() => buildRequestContext({ sub: 'cm-17', roles: ['case_manager'] }, {}, names)).toThrow(
      new TokenRejectedError('token has no tenant'),
    );
    expect(() => buildRequestContext({ ...claims, tenant: '' }, {}, names)).toThrow(TokenRejectedError);
  });

  it('rejects a token without a subject', () => {
    expect(() => buildRequestContext({ tenant: 'county-a' }, {}, names)).toThrow(/no subject/);
  });

  it('reads roles and tenant from configured claim paths', () => {
    const context = buildRequestContext(
      { sub: 'u1', org_tenant: 'county-b', realm_access: { roles: ['supervisor', 'default-roles-casemgmt'] } },
      {},
      { tenantClaim: 'org_tenant', rolesClaim: 'realm_access.roles' },
    );
    expect(context.tenantId).toBe('county-b');
    expect(context.actor.roles).toEqual(['supervisor']);
  });

  it('creates a correlation id when the header is missing or not sane', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(buildRequestContext(claims, {}, names).correlationId).toMatch(uuid);
    expect(buildRequestContext(claims, { 'x-correlation-id': 'x; drop table' }, names).correlationId).toMatch(uuid);
    expect(buildRequestContext(claims, { 'x-correlation-id': ['a', 'b'] }, names).correlationId).toMatch(uuid);
  });

  it('returns frozen data', () => {
    const context = buildRequestContext(claims, {}, names);
    expect(Object.isFrozen(context)).toBe(true);
    expect(Object.isFrozen(context.actor)).toBe(true);
    expect(Object.isFrozen(context.actor.roles)).toBe(true);
  });
});

describe('readClaim', () => {
  it('follows a dotted path into nested objects', () => {
    expect(readClaim({ realm_access: { roles: ['admin'] } }, 'realm_access.roles')).toEqual(['admin']);
    expect(readClaim({ realm_access: 'x' }, 'realm_access.roles')).toBeUndefined();
    expect(readClaim({}, 'a.b.c')).toBeUndefined();
  });

  it('prefers a claim whose name contains dots, such as a namespaced URL claim', () => {
    expect(readClaim({ 'https://casemgmt.example/roles': ['auditor'] }, 'https://casemgmt.example/roles')).toEqual([
      'auditor',
    ]);
  });

  it('does not read inherited properties', () => {
    expect(readClaim({}, 'constructor')).toBeUndefined();
    expect(readClaim({ a: {} }, 'a.toString')).toBeUndefined();
  });
});

describe('sanitizeCorrelationId', () => {
  it('accepts ids made of letters, digits and . _ : - up to 128 characters', () => {
    expect(sanitizeCorrelationId('7f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6')).toBeDefined();
    expect(sanitizeCorrelationId('svc:req_1.2')).toBe('svc:req_1.2');
    expect(sanitizeCorrelationId('a'.repeat(129))).toBeUndefined();
    expect(sanitizeCorrelationId('')).toBeUndefined();
    expect(sanitizeCorrelationId('line\nbreak')).toBeUndefined();
  });
});

describe('validTraceparent', () => {
  it('accepts a W3C traceparent and rejects invalid ones', () => {
    expect(validTraceparent(TRACEPARENT)).toBe(TRACEPARENT);
    expect(validTraceparent(TRACEPARENT.toUpperCase())).toBeUndefined();
    expect(validTraceparent('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBeUndefined();
    expect(validTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(validTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01')).toBeUndefined();
    expect(validTraceparent(undefined)).toBeUndefined();
  });
});
