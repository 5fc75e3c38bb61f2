import { Kafka as CloudEventsKafka } from 'cloudevents';
import { brokerList } from '@casemgmt/messaging';
import { providerDirectoryService } from '@casemgmt/provider-directory';
import { startTestHost, type TestHost } from '@casemgmt/host/testing';
import { consumeN, testKafka } from '@casemgmt/testing';

const TOPIC = 'casemgmt.provider-directory.events.v1';

describe('provider-directory service with Kafka', () => {
  let host: TestHost;

  beforeAll(async () => {
    host = await startTestHost({
      name: 'provider-directory',
      database: 'provider_directory_relay',
      kafkaBrokers: brokerList(process.env['KAFKA_BROKERS'] ?? ''),
      services: [providerDirectoryService()],
    });
  }, 90_000);

  afterAll(() => host?.close());

  it('publishes a registered organisation to its topic as a CloudEvent a partner can parse', async () => {
    const response = await host.call(
      'POST',
      '/directory/organizations',
      { roles: ['admin'], sub: 'dir-admin' },
      {
        name: 'Harbor House',
        description: 'Shelter and meals',
      },
    );
    expect(response.status).toBe(201);
    const organizationId = (response.body as { id: string }).id;

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
