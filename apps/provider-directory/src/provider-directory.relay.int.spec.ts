import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken } from '@casemgmt/auth';
import { createHttpApp } from '@casemgmt/kernel';
import { consumeN, createTestDatabase, testKafka, type TestDatabase } from '@casemgmt/testing';
import { ProviderDirectoryAppModule } from './provider-directory-app.module';

const TOPIC = 'casemgmt.provider-directory.events.v1';

describe('provider-directory service with Kafka', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let keyDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('provider_directory_relay');
    keyDir = await mkdtemp(join(tmpdir(), 'directory-relay-'));
    app = await createHttpApp(
      ProviderDirectoryAppModule.forRoot({
        databaseUrl: database.url,
        kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '',
        auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: join(keyDir, 'key.json') },
      }),
      { title: 'Provider directory', description: 'test', version: '0', logLevel: 'error' },
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('publishes a registered organisation to its topic as a CloudEvent a partner can parse', async () => {
    const token = await signDevelopmentToken({
      keyFile: join(keyDir, 'key.json'),
      sub: 'dir-admin',
      tenant: 'county-a',
      roles: ['admin'],
    });
    const response = await app.inject({
      method: 'POST',
      url: '/directory/organizations',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'Harbor House', description: 'Shelter and meals' },
    });
    expect(response.statusCode).toBe(201);
    const organizationId = (response.json() as { id: string }).id;

    // The topic outlives a run on a broker that is reused: read all it holds once this organisation's event is in.
    const kafka = testKafka('directory-relay-test');
    const admin = kafka.admin();
    await admin.connect();
    let total = 0;
    const deadline = Date.now() + 30_000;
    const subjectOf = (m: { headers: Record<string, string | string[]> }) => String(m.headers['ce_subject']);
    let message: Awaited<ReturnType<typeof consumeN>>[number] | undefined;
    while (!message && Date.now() < deadline) {
      const offsets = await admin.fetchTopicOffsets(TOPIC).catch(() => []);
      total = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
      if (total > 0) {
        const all = await consumeN(kafka, TOPIC, total, {
          timeoutMs: 30_000,
          groupId: `directory-relay-${total}-${Date.now()}`,
        });
        message = all.find((m) => subjectOf(m) === `provider-directory.organization-${organizationId}`);
      }
      if (!message) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await admin.disconnect();
    const event = CloudEventsKafka.toEvent({
      key: message!.key,
      value: message!.value,
      headers: message!.headers,
      timestamp: message!.timestamp,
    } as never) as unknown as Record<string, unknown> & { validate(): boolean };
    expect(event.validate()).toBe(true);
    expect(event).toMatchObject({
      type: 'provider-directory.OrganizationRegistered.v1',
      source: '/casemgmt/provider-directory',
      subject: `provider-directory.organization-${organizationId}`,
      tenantid: 'county-a',
    });
    expect(message!.key).toBe(organizationId);
  });
});
