import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { createValidationPipe, DomainExceptionFilter } from '@casemgmt/kernel';
import { AuthModule, Ctx, Roles, type AuthOptions, type RequestContext } from '../index';

@Controller()
class ProbeController {
  @Roles('case_manager')
  @Get('me')
  me(@Ctx() context: RequestContext) {
    return context;
  }
}

async function startApp(options: AuthOptions): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AuthModule.forRoot(options)],
    controllers: [ProbeController],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

const signInAs = (app: NestFastifyApplication, payload: object) =>
  app.inject({ method: 'POST', url: '/auth/sign-in/development', payload });

describe('the console’s sign-in routes', () => {
  let dir: string;
  let devKeyFile: string;
  const apps: NestFastifyApplication[] = [];
  const start = async (options: AuthOptions) => {
    const app = await startApp(options);
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sign-in-'));
    devKeyFile = join(dir, 'signing-key.json');
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await rm(dir, { recursive: true, force: true });
  });

  const development = (): AuthOptions => ({
    issuer: 'casemgmt-dev',
    audience: 'casemgmt-api',
    devKeyFile,
    signIn: { development: true },
  });

  it('says, without a token, that the development sign-in is open in development with the development key', async () => {
    const app = await start(development());
    const res = await app.inject({ method: 'GET', url: '/auth/sign-in' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ development: true, oidc: null });
  });

  it('mints a token for the role, tenant and team picked, which the app accepts', async () => {
    const app = await start(development());
    const res = await signInAs(app, { roles: ['case_manager'], tenant: 'county-a', sub: 'cm-17', team: 'team-west' });
    expect(res.statusCode).toBe(201);
    const { token, expiresAt } = res.json<{ token: string; expiresAt: string }>();
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now() + 7 * 60 * 60 * 1000);
    const me = await app.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      tenantId: 'county-a',
      actor: { id: 'cm-17', roles: ['case_manager'], teamId: 'team-west' },
    });
  });

  it('answers 400 naming the field for an unknown role or a malformed tenant', async () => {
    const app = await start(development());
    const role = await signInAs(app, { roles: ['superuser'], tenant: 'county-a', sub: 'cm-17' });
    expect(role.statusCode).toBe(400);
    expect(JSON.stringify(role.json())).toContain('roles');
    const tenant = await signInAs(app, { roles: ['auditor'], tenant: '../etc', sub: 'aud-1' });
    expect(tenant.statusCode).toBe(400);
    expect(JSON.stringify(tenant.json())).toContain('tenant');
  });

  it('is closed (404) outside development', async () => {
    const app = await start({ ...development(), signIn: { development: false } });
    expect((await app.inject({ method: 'GET', url: '/auth/sign-in' })).json()).toEqual({
      development: false,
      oidc: null,
    });
    const res = await signInAs(app, { roles: ['admin'], tenant: 'county-a', sub: 'adm-1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'AUTH.DEVELOPMENT_SIGN_IN_CLOSED' });
  });

  it('is closed when tokens come from an OIDC provider, whose client the console is told of instead', async () => {
    const app = await start({
      issuer: 'https://idp.example.org/realms/agency',
      audience: 'casemgmt-api',
      jwksUrl: 'https://idp.example.org/realms/agency/certs',
      signIn: { development: true, consoleClientId: 'casemgmt-console' },
    });
    expect((await app.inject({ method: 'GET', url: '/auth/sign-in' })).json()).toEqual({
      development: false,
      oidc: {
        authority: 'https://idp.example.org/realms/agency',
        clientId: 'casemgmt-console',
        audience: 'casemgmt-api',
      },
    });
    expect((await signInAs(app, { roles: ['admin'], tenant: 'county-a', sub: 'adm-1' })).statusCode).toBe(404);
  });
});
