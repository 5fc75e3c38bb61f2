import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken } from '@casemgmt/auth';
import { createHttpApp } from '@casemgmt/kernel';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { AuditAppModule } from './audit-app.module';

describe('audit service', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let keyDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('audit_app');
    keyDir = await mkdtemp(join(tmpdir(), 'audit-app-'));
    app = await createHttpApp(
      AuditAppModule.forRoot({
        databaseUrl: database.url,
        source: 'store',
        auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: join(keyDir, 'key.json') },
      }),
      { title: 'Audit', description: 'test', version: '0', logLevel: 'error' },
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('serves /health with the database up, without a token', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('creates its schema on start and answers an auditor with an empty, valid chain', async () => {
    const token = await signDevelopmentToken({
      keyFile: join(keyDir, 'key.json'),
      sub: 'auditor-1',
      tenant: 'county-a',
      roles: ['auditor'],
    });
    expect((await app.inject({ method: 'GET', url: '/audit/verify' })).statusCode).toBe(401);
    const response = await app.inject({
      method: 'GET',
      url: '/audit/verify',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ valid: true, entriesChecked: 0 });
  });
});
