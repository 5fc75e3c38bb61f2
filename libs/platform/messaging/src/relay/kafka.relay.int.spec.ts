import { Pool } from 'pg';
import { Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { createPostgresEventStore, type PostgresEventStore } from '@casemgmt/event-store';
import { consumeN, createTestDatabase, testKafka, waitFor, type TestDatabase } from '@casemgmt/testing';
import { topicOf } from '../contracts/service-contract';
import { KafkaEventConsumer } from '../consumer/event.kafka.consumer';
import { createKafkajsTransport } from '../kafkajs/kafkajs.transport';
import { SILENT_MESSAGING_LOGGER } from '../messaging.logger';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import {
  caseOpened,
  clientRegistered,
  sampleContractFor,
  sampleMetadata,
  uniqueService,
} from '../spec-fixtures/intake-sample.fixture';
import { KafkaRelay } from './kafka.relay';

describe('KafkaRelay (real Kafka, real PostgreSQL)', () => {
  const kafka = testKafka('messaging-relay-test');
  const transport = createKafkajsTransport({ kafka });
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const stoppables: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('messaging_relay');
    store = await createPostgresEventStore({
      connectionString: database.url,
      poolSize: 4,
      subscriptions: { pollIntervalMs: 25, retryDelayMs: 50, maxRetryDelayMs: 500 },
    });
    pool = new Pool({ connectionString: database.url, max: 3 });
    await pool.query('CREATE TABLE effects (event_id uuid NOT NULL, type text NOT NULL, case_id text)');
  });

  afterAll(async () => {
    for (const stoppable of stoppables.reverse()) await stoppable.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
  });

  it('relays a service’s events as CloudEvents a partner can parse, keyed by case, and a consumer applies each once', async () => {
    const service = uniqueService();
    const contract = sampleContractFor(service);
    const clientId = '0190f3a1-0000-7000-8000-0000000000c1';
    await store.appendToStream(`${service}.client-${clientId}`, [clientRegistered(clientId)], {
      expectedVersion: 'no_stream',
    });
    const cases = ['case-a', 'case-b', 'case-c'];
    for (const caseId of cases) {
      await store.appendToStream(`${service}.case-${caseId}`, [caseOpened(caseId, clientId)], {
        expectedVersion: 'no_stream',
      });
    }
    // Another service's stream in the same store is not this relay's business.
    await store.appendToStream('othersvc.case-x', [caseOpened('case-x', clientId)], { expectedVersion: 'no_stream' });

    const metrics = new MessagingMetrics();
    const relay = new KafkaRelay({
      store,
      contract,
      transport,
      topic: { numPartitions: 3, replicationFactor: 1 },
      metrics,
      logger: SILENT_MESSAGING_LOGGER,
    });
    await relay.start();
    stoppables.push(relay);

    const messages = await consumeN(kafka, topicOf(service), 4);
    const byType = messages.map((message) => message.headers['ce_type']).sort();
    expect(byType).toEqual([
      `${service}.CaseOpened.v1`,
      `${service}.CaseOpened.v1`,
      `${service}.CaseOpened.v1`,
      `${service}.ClientRegistered.v1`,
    ]);
    for (const message of messages) {
      const partnerView = CloudEventsKafka.toEvent({
        headers: message.headers,
        key: message.key,
        value: message.value,
        timestamp: message.timestamp,
      } as unknown as KafkaMessage<string>) as unknown as Record<string, unknown> & { validate(): boolean };
      expect(partnerView.validate()).toBe(true);
      expect(partnerView).toMatchObject({
        specversion: '1.0',
        source: `/casemgmt/${service}`,
        tenantid: 'tenant-a',
        actorid: 'worker-7',
      });
      if (partnerView['type'] === `${service}.CaseOpened.v1`) {
        expect(message.key).toBe((partnerView['data'] as { caseId: string }).caseId);
        expect(partnerView['subject']).toBe(`${service}.case-${message.key}`);
      } else {
        expect(message.key).toBe(clientId);
      }
    }
    await waitFor('the relay to report no lag', async () => (await relay.lag()) === 0);
    expect(await metrics.value('messaging_relay_events_total', { service })).toBe(4);
    expect(await metrics.registry.metrics()).toMatch(
      new RegExp(`messaging_relay_lag_events\\{service="${service}"\\} 0`),
    );

    const consumerMetrics = new MessagingMetrics();
    const consumer = new KafkaEventConsumer({
      group: `${service}-reader`,
      transport,
      pool,
      contracts: [contract],
      metrics: consumerMetrics,
      logger: SILENT_MESSAGING_LOGGER,
      handlers: {
        [`${service}.CaseOpened.v1`]: async (event, tx) => {
          await tx.query('INSERT INTO effects (event_id, type, case_id) VALUES ($1, $2, $3)', [
            event.eventId,
            event.type,
            event.metadata.caseId,
          ]);
        },
      },
    });
    await consumer.start();
    stoppables.push(consumer);

    // Appended after both are running: the round trip works live, not only on catch-up.
    await store.appendToStream(`${service}.case-case-d`, [caseOpened('case-d', clientId)], {
      expectedVersion: 'no_stream',
    });
    await waitFor(
      'four case effects',
      async () => (await consumerMetrics.value('messaging_consumer_handled_total')) === 4,
    );
    const effects = await pool.query<{ case_id: string; n: string }>(
      'SELECT case_id, count(*) AS n FROM effects GROUP BY case_id ORDER BY case_id',
    );
    expect(effects.rows).toEqual(
      ['case-a', 'case-b', 'case-c', 'case-d'].map((caseId) => ({ case_id: caseId, n: '1' })),
    );
    expect(
      await consumerMetrics.value('messaging_consumer_skipped_total', { type: `${service}.ClientRegistered.v1` }),
    ).toBe(1);
  }, 90_000);

  it('refuses to publish a stored type its contract does not declare, fails loudly, and publishes nothing of that batch', async () => {
    const service = uniqueService();
    const contract = sampleContractFor(service);
    await store.appendToStream(
      `${service}.case-case-z`,
      [
        caseOpened('case-z', 'client-z'),
        { type: 'CaseMislaid', data: { caseId: 'case-z' }, metadata: sampleMetadata({ caseId: 'case-z' }) },
      ],
      { expectedVersion: 'no_stream' },
    );
    const errors: string[] = [];
    const metrics = new MessagingMetrics();
    const relay = new KafkaRelay({
      store,
      contract,
      transport,
      metrics,
      logger: {
        ...SILENT_MESSAGING_LOGGER,
        error: (message, context) => void errors.push(`${message} ${String(context?.['error'])}`),
      },
    });
    await relay.start();
    stoppables.push(relay);

    await waitFor('the relay to fail twice', async () => (await metrics.value('messaging_relay_failures_total')) >= 2);
    await relay.stop();

    expect(
      await metrics.value('messaging_relay_failures_total', { error_class: 'MESSAGING.UNDECLARED_EVENT_TYPE' }),
    ).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toMatch(/'CaseMislaid'.*not declared/);
    expect(await metrics.value('messaging_relay_events_total')).toBe(0);
    expect(await relay.lag()).toBe(2);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topicOf(service));
      expect(offsets.map((partition) => partition.high)).toEqual(offsets.map(() => '0'));
    } finally {
      await admin.disconnect();
    }
  }, 60_000);
});
