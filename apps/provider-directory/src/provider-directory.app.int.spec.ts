import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken } from '@casemgmt/auth';
import { createHttpApp } from '@casemgmt/kernel';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { ProviderDirectoryAppModule } from './provider-directory-app.module';

describe('provider-directory service', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let keyDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('provider_directory_app');
    keyDir = await mkdtemp(join(tmpdir(), 'directory-app-'));
    app = await createHttpApp(
      ProviderDirectoryAppModule.forRoot({
        databaseUrl: database.url,
        auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: join(keyDir, 'key.json') },
      }),
      { title: 'Provider directory', description: 'test', version: '0', logLevel: 'error' },
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

  it('publishes the HSDS API, administration and search in its OpenAPI description', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/',
        '/services',
        '/services/{id}',
        '/organizations',
        '/organizations/{id}',
        '/service_at_locations',
        '/taxonomies',
        '/taxonomy_terms',
        '/directory/search',
        '/directory/services',
        '/directory/services/{id}/capacity',
        '/directory/services/{id}/history',
      ]),
    );
  });

  it('answers 401 without a token and serves the directory with one', async () => {
    expect((await app.inject({ method: 'GET', url: '/services' })).statusCode).toBe(401);
    const token = await signDevelopmentToken({
      keyFile: join(keyDir, 'key.json'),
      sub: 'cm-1',
      tenant: 'county-a',
      roles: ['case_manager'],
    });
    const response = await app.inject({
      method: 'GET',
      url: '/services',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });
});
