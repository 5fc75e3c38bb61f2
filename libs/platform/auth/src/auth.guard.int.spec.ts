import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Get, Logger, Param, Post, Query } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { DomainExceptionFilter } from '@casemgmt/kernel';
import {
  AnyRole,
  AuthModule,
  Ctx,
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  Public,
  Roles,
  loadOrCreateDevelopmentKey,
  signDevelopmentToken,
  type AuthOptions,
  type RequestContext,
} from './index';

@Controller()
class ProbeController {
  @Public()
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Roles('case_manager')
  @Get('me')
  me(@Ctx() context: RequestContext) {
    return context;
  }

  @Get('forgotten')
  forgotten() {
    return { leaked: true };
  }

  @AnyRole()
  @Get('anyone')
  anyone(@Ctx() context: RequestContext) {
    return context.actor;
  }

  @Roles('case_manager')
  @Get('tenants/:tenantId/cases')
  cases(@Param('tenantId') tenantId: string, @Query('tenant') tenant?: string) {
    return { tenantId, tenant };
  }

  @Roles('case_manager')
  @Post('cases')
  open(@Body() body: unknown) {
    return body;
  }
}

@Roles('admin')
@Controller('admin')
class AdminController {
  @Get('settings')
  settings() {
    return { admin: true };
  }

  @Public()
  @Get('version')
  version() {
    return { version: 1 };
  }
}

async function startApp(options: AuthOptions): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AuthModule.forRootAsync({ useFactory: async () => options })],
    controllers: [ProbeController, AdminController],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  // Auth's refusals are domain errors, answered by the app's one filter as every app installs it.
  app.useGlobalFilters(new DomainExceptionFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

function get(app: NestFastifyApplication, url: string, token?: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'GET',
    url,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('AuthGuard with the development key', () => {
  let dir: string;
  let keyFile: string;
  let app: NestFastifyApplication;
  const asCaseManager = (extra: Partial<Parameters<typeof signDevelopmentToken>[0]> = {}) =>
    signDevelopmentToken({ keyFile, sub: 'cm-17', tenant: 'county-a', roles: ['case_manager'], ...extra });
  const signRaw = async (claims: JWTPayload) => {
    const key = await loadOrCreateDevelopmentKey(keyFile);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DEVELOPMENT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key.privateKey);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casemgmt-auth-'));
    keyFile = join(dir, 'signing-key.json');
    app = await startApp({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: keyFile });
  });

  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(() => jest.restoreAllMocks());

  it('serves a @Public() route without a token', async () => {
    const res = await get(app, '/health');
    expect(res.statusCode).toBe(200);
  });

  it('answers 401 for an unknown path without a valid token, so routes cannot be probed anonymously', async () => {
    const anonymous = await get(app, '/no/such/route');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
    const forged = await get(app, '/no/such/route', 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln');
    expect(forged.statusCode).toBe(401);
  });

  it('answers an unknown path through the same filter as any 401: challenge, body and correlation id', async () => {
    const res = await get(app, '/no/such/route', undefined, { 'x-correlation-id': 'probe-1' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.json()).toEqual({
      statusCode: 401,
      error: 'UNAUTHENTICATED',
      message: 'missing or invalid bearer token',
      correlationId: 'probe-1',
    });
  });

  it('answers 404 for an unknown path to a caller with a valid token', async () => {
    const res = await get(app, '/no/such/route', await asCaseManager());
    expect(res.statusCode).toBe(404);
  });

  it('answers 401 without a token', async () => {
    const res = await get(app, '/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', message: 'missing bearer token' });
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('answers 401 to a malformed authorization header or token', async () => {
    const basic = await get(app, '/me', undefined, { authorization: 'Basic Y206c2VjcmV0' });
    expect(basic.statusCode).toBe(401);
    expect(basic.headers['www-authenticate']).toBe('Bearer error="invalid_request"');

    const garbage = await get(app, '/me', 'not-a-jwt');
    expect(garbage.statusCode).toBe(401);
    expect(garbage.json()).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', message: 'malformed token' });
    expect(garbage.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('answers 401 to a token signed by another key', async () => {
    const token = await signDevelopmentToken({
      keyFile: join(dir, 'other-key.json'),
      sub: 'cm-17',
      tenant: 'county-a',
      roles: ['case_manager'],
    });
    const res = await get(app, '/me', token);
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('signature verification failed');
  });

  it('answers 401 to a token whose payload was altered', async () => {
    const [header, , signature] = (await asCaseManager()).split('.');
    const forged = [
      header,
      base64url({
        sub: 'cm-17',
        tenant: 'county-b',
        roles: ['admin'],
        iss: DEVELOPMENT_ISSUER,
        aud: DEVELOPMENT_AUDIENCE,
        exp: 4102444800,
      }),
      signature,
    ].join('.');
    expect((await get(app, '/me', forged)).statusCode).toBe(401);
  });

  it('answers 401 to an expired token', async () => {
    const res = await get(app, '/me', await asCaseManager({ ttl: '-1 min' }));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('token expired');
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('answers 401 to a token for another audience or from another issuer', async () => {
    const audience = await get(app, '/me', await asCaseManager({ audience: 'someone-else' }));
    expect(audience.statusCode).toBe(401);
    expect(audience.json().message).toBe('token claim "aud" rejected');

    const issuer = await get(app, '/me', await asCaseManager({ issuer: 'https://evil.example' }));
    expect(issuer.statusCode).toBe(401);
    expect(issuer.json().message).toBe('token claim "iss" rejected');
  });

  it('answers 401 to an HS256 token and to an unsigned one', async () => {
    const hs256 = await new SignJWT({ tenant: 'county-a', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cm-17')
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DEVELOPMENT_AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough!'));
    const res = await get(app, '/me', hs256);
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('signing algorithm not allowed');

    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'cm-17', tenant: 'county-a', roles: ['admin'], iss: DEVELOPMENT_ISSUER, aud: DEVELOPMENT_AUDIENCE, exp: 4102444800 })}.`;
    expect((await get(app, '/me', unsigned)).statusCode).toBe(401);
  });

  it('answers 401 to a token without a tenant or without an expiry', async () => {
    const noTenant = await get(app, '/me', await signRaw({ sub: 'cm-17', roles: ['case_manager'] }));
    expect(noTenant.statusCode).toBe(401);
    expect(noTenant.json().message).toBe('token has no tenant');

    const key = await loadOrCreateDevelopmentKey(keyFile);
    const forever = await new SignJWT({ sub: 'cm-17', tenant: 'county-a', roles: ['case_manager'] })
      .setProtectedHeader({ alg: key.alg })
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DEVELOPMENT_AUDIENCE)
      .sign(key.privateKey);
    expect((await get(app, '/me', forever)).statusCode).toBe(401);
  });

  it('answers 403 FORBIDDEN_ROLE when the role does not match', async () => {
    const res = await get(app, '/me', await asCaseManager({ roles: ['auditor'] }));
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ statusCode: 403, error: 'FORBIDDEN_ROLE', message: 'your roles do not allow this' });
  });

  it('lets a token with only unknown roles do nothing, even on @AnyRole() routes', async () => {
    const token = await signRaw({ sub: 'cm-17', tenant: 'county-a', roles: ['superuser', 'offline_access'] });
    expect((await get(app, '/anyone', token)).json().error).toBe('FORBIDDEN_ROLE');
    expect((await get(app, '/anyone', await asCaseManager({ roles: ['auditor'] }))).statusCode).toBe(200);
  });

  it('denies an authenticated request to a route without a role policy, and logs it', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const res = await get(app, '/forgotten', await asCaseManager({ roles: ['admin'] }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('ROUTE_HAS_NO_ROLE_POLICY');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ProbeController.forgotten'));
  });

  it('checks authentication before the missing role policy', async () => {
    expect((await get(app, '/forgotten')).statusCode).toBe(401);
  });

  it('lets a handler policy override its controller policy', async () => {
    expect((await get(app, '/admin/version')).statusCode).toBe(200);
    expect((await get(app, '/admin/settings', await asCaseManager())).statusCode).toBe(403);
    expect((await get(app, '/admin/settings', await asCaseManager({ roles: ['admin'] }))).statusCode).toBe(200);
  });

  it('echoes the tenant and actor of the token, with the correlation id and traceparent', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const token = await asCaseManager({ name: 'Casey', team: 'team-3', org: 'org-9' });
    const res = await get(app, '/me', token, { 'x-correlation-id': 'req-42', traceparent });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      tenantId: 'county-a',
      actor: { id: 'cm-17', roles: ['case_manager'], name: 'Casey', teamId: 'team-3', organizationId: 'org-9' },
      correlationId: 'req-42',
      traceparent,
    });
  });

  it('creates a correlation id when the request has none', async () => {
    const res = await get(app, '/me', await asCaseManager());
    expect(res.json().correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('tenant isolation', () => {
    it('answers 403 TENANT_MISMATCH when the path names another tenant', async () => {
      const res = await get(app, '/tenants/county-b/cases', await asCaseManager());
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toBe('TENANT_MISMATCH');
      expect((await get(app, '/tenants/county-a/cases', await asCaseManager())).json()).toEqual({
        tenantId: 'county-a',
      });
    });

    it('answers 403 TENANT_MISMATCH when the query names another tenant', async () => {
      const token = await asCaseManager();
      expect((await get(app, '/tenants/county-a/cases?tenant=county-b', token)).json().error).toBe('TENANT_MISMATCH');
      expect((await get(app, '/tenants/county-a/cases?tenantId=county-a&tenantId=county-b', token)).statusCode).toBe(
        403,
      );
      expect((await get(app, '/tenants/county-a/cases?tenant=county-a', token)).statusCode).toBe(200);
    });

    it('answers 403 TENANT_MISMATCH when the JSON body names another tenant', async () => {
      const headers = { authorization: `Bearer ${await asCaseManager()}` };
      const other = await app.inject({
        method: 'POST',
        url: '/cases',
        headers,
        payload: { tenantId: 'county-b', title: 'x' },
      });
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toBe('TENANT_MISMATCH');

      const same = await app.inject({
        method: 'POST',
        url: '/cases',
        headers,
        payload: { tenantId: 'county-a', title: 'x' },
      });
      expect(same.statusCode).toBe(201);
      expect(same.json()).toEqual({ tenantId: 'county-a', title: 'x' });
    });
  });
});

describe('AuthGuard with a JWKS endpoint', () => {
  let server: Server;
  let jwksUrl: string;
  let app: NestFastifyApplication;
  let privateKey: CryptoKey;
  const issuer = 'https://idp.example.org/realms/casemgmt';
  const audience = 'casemgmt-api';

  const sign = (kid: string, claims: JWTPayload = { tenant: 'county-a', realm_access: { roles: ['case_manager'] } }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('cm-17')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwks = JSON.stringify({
      keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }],
    });
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
    app = await startApp({ issuer, audience, jwksUrl, rolesClaim: 'realm_access.roles' });
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('accepts a token signed by a key in the set', async () => {
    const res = await get(app, '/me', await sign('k1'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tenantId: 'county-a', actor: { id: 'cm-17', roles: ['case_manager'] } });
  });

  it('answers 401 to a token whose kid is not in the set', async () => {
    const res = await get(app, '/me', await sign('k2'));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('signing key not recognised');
  });

  it('answers 503 when the JWKS endpoint cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await startApp({
      issuer,
      audience,
      jwksUrl: `http://127.0.0.1:${port}/certs`,
      rolesClaim: 'realm_access.roles',
    });
    try {
      const res = await get(unreachable, '/me', await sign('k1'));
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toBe('AUTH_KEYS_UNAVAILABLE');
    } finally {
      await unreachable.close();
    }
  });
});
