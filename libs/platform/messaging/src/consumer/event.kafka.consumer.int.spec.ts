import { Pool } from 'pg';
import { Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { consumeN, createTestDatabase, createTopics, testKafka, waitFor, type TestDatabase } from '@casemgmt/testing';
import { toKafkaMessage } from '../cloudevents/cloud-event.mapper';
import { ContractCatalog, deadLetterTopicOf, topicOf } from '../contracts/service-contract';
import { createKafkajsTransport } from '../kafkajs/kafkajs.transport';
import { MessagingError } from '../messaging.errors';
import { SILENT_MESSAGING_LOGGER } from '../messaging.logger';
import type { MessagingTransport, OutgoingMessage } from '../messaging.port';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { recordedEvent, sampleContractFor, uniqueService } from '../spec-fixtures/intake-sample.fixture';
import { KafkaEventConsumer, type KafkaEventConsumerOptions } from './event.kafka.consumer';

const fastRetry = { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 40 };

describe('KafkaEventConsumer (real Kafka, real PostgreSQL)', () => {
  const kafka = testKafka('messaging-consumer-test');
  const transport = createKafkajsTransport({ kafka });
  let database: TestDatabase;
  let pool: Pool;
  const running: KafkaEventConsumer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('messaging_consumer');
    pool = new Pool({ connectionString: database.url, max: 4 });
    await pool.query('CREATE TABLE effects (event_id uuid NOT NULL, type text NOT NULL, case_id text)');
  });

  afterAll(async () => {
    await Promise.all(running.map((consumer) => consumer.stop()));
    await pool?.end();
    await database?.drop();
  });

  async function produce(topic: string, messages: OutgoingMessage[]): Promise<void> {
    const producer = transport.producer();
    await producer.connect();
    try {
      await producer.send(topic, messages);
    } finally {
      await producer.disconnect();
    }
  }

  function consumer(
    options: Omit<KafkaEventConsumerOptions, 'pool' | 'logger' | 'transport'> & { transport?: MessagingTransport },
  ) {
    const created = new KafkaEventConsumer({
      pool,
      logger: SILENT_MESSAGING_LOGGER,
      ...options,
      transport: options.transport ?? transport,
    });
    running.push(created);
    return created;
  }

  const effectCount = async (eventId: string) =>
    Number((await pool.query('SELECT count(*) AS n FROM effects WHERE event_id = $1', [eventId])).rows[0].n);
  const recordEffect =
    (type: string) =>
    async (
      event: { eventId: string; data: Readonly<Record<string, unknown>> },
      tx: { query: (text: string, values?: readonly unknown[]) => Promise<unknown> },
    ) => {
      await tx.query('INSERT INTO effects (event_id, type, case_id) VALUES ($1, $2, $3)', [
        event.eventId,
        type,
        event.data['caseId'] ?? null,
      ]);
    };

  it.each([
    ['one transaction per message', 1],
    ['runs of messages per transaction (the default)', undefined],
  ])(
    'applies each effect once when the consumer crashes after the effect and before committing the offset: %s',
    async (_mode, maxMessagesPerTransaction) => {
      const service = uniqueService();
      const contract = sampleContractFor(service);
      const catalog = new ContractCatalog([contract]);
      const topic = topicOf(service);
      await createTopics(kafka, [topic]);
      const events = ['case-1', 'case-2', 'case-3'].map((caseId, n) =>
        recordedEvent(service, 'CaseOpened', { caseId, clientId: 'client-1', priority: 'routine' }, n + 1),
      );
      await produce(
        topic,
        events.map((event) => toKafkaMessage(event, catalog.forStored(service, 'CaseOpened')!)),
      );
      const group = `${service}-effects`;
      const handlers = { [`${service}.CaseOpened.v1`]: recordEffect('CaseOpened') };

      // The first process dies right after its first transaction commits: its kafkajs client neither retries nor
      // restarts after that crash, so no offset is ever committed. (Other failures, such as a fresh broker still
      // electing the group coordinator, restart it as usual.)
      const simulated = 'simulated crash between the effect commit and the offset commit';
      const causes = (error: unknown): string =>
        error instanceof Error ? `${error.message} ${causes((error as { cause?: unknown }).cause)}` : '';
      let crashed = false;
      const firstMetrics = new MessagingMetrics();
      const first = consumer({
        group,
        handlers,
        metrics: firstMetrics,
        ...(maxMessagesPerTransaction ? { maxMessagesPerTransaction } : {}),
        transport: createKafkajsTransport({
          kafka,
          consumer: { retry: { retries: 0, restartOnFailure: async (error) => !causes(error).includes(simulated) } },
        }),
        hooks: {
          afterCommit: async () => {
            throw new Error(simulated);
          },
        },
        onCrash: (_error, restarting) => {
          if (!restarting) crashed = true;
        },
      });
      await first.start();
      await waitFor('the first consumer to crash', async () => crashed);
      await first.stop();
      expect(await effectCount(events[0]!.eventId)).toBe(1);
      const admin = kafka.admin();
      await admin.connect();
      const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      await admin.disconnect();
      expect(committed[0]?.partitions[0]?.offset).toBe('-1');

      // A new member of the group gets every message again; the inbox recognises whatever the first one committed.
      const secondMetrics = new MessagingMetrics();
      const second = consumer({
        group,
        handlers,
        metrics: secondMetrics,
        ...(maxMessagesPerTransaction ? { maxMessagesPerTransaction } : {}),
      });
      await second.start();
      const seen = async () =>
        (await secondMetrics.value('messaging_consumer_handled_total')) +
        (await secondMetrics.value('messaging_consumer_duplicates_total'));
      await waitFor('all three messages to be consumed again', async () => (await seen()) === 3);

      expect(await effectCount(events[0]!.eventId)).toBe(1);
      expect(await effectCount(events[1]!.eventId)).toBe(1);
      expect(await effectCount(events[2]!.eventId)).toBe(1);
      expect(await secondMetrics.value('messaging_consumer_duplicates_total')).toBeGreaterThanOrEqual(1);
      const inbox = await pool.query('SELECT count(*) AS n FROM messaging.inbox WHERE consumer = $1', [group]);
      expect(Number(inbox.rows[0].n)).toBe(3);
    },
    90_000,
  );

  it('dead-letters poison messages with the error in headers, retries transient failures, skips unknown types, and keeps consuming', async () => {
    const service = uniqueService();
    const contract = sampleContractFor(service);
    const catalog = new ContractCatalog([contract]);
    const topic = topicOf(service);
    const group = `${service}-poison`;
    await createTopics(kafka, [topic]);
    const caseOpened = catalog.forStored(service, 'CaseOpened')!;
    const opened = (caseId: string, n: number, data: Record<string, unknown> = {}) =>
      toKafkaMessage(
        recordedEvent(service, 'CaseOpened', { caseId, clientId: 'c', priority: 'routine', ...data }, n),
        caseOpened,
      );
    const good = opened('case-good', 1);
    const unparseable: OutgoingMessage = { ...opened('case-bad-json', 2), value: '{"caseId": ' };
    const unknownType = toKafkaMessage(
      recordedEvent(service, 'ClientRegistered', { clientId: 'c' }, 3),
      catalog.forStored(service, 'ClientRegistered')!,
    );
    const schemaViolation = opened('case-bad-schema', 4, { priority: 'someday' });
    const alwaysFails = opened('case-always-fails', 5);
    const flaky = opened('case-flaky', 6);
    const last = opened('case-last', 7);
    await produce(topic, [good, unparseable, unknownType, schemaViolation, alwaysFails, flaky, last]);

    let flakyCalls = 0;
    const metrics = new MessagingMetrics();
    const subject = consumer({
      group,
      contracts: [contract],
      metrics,
      retry: fastRetry,
      handlers: {
        [`${service}.CaseOpened.v1`]: async (event, tx) => {
          if (event.data['caseId'] === 'case-always-fails') throw new Error('provider directory unreachable');
          if (event.data['caseId'] === 'case-flaky' && ++flakyCalls < 3) throw new Error('could not serialize access');
          await recordEffect('CaseOpened')(event, tx);
        },
      },
    });
    await subject.start();
    await waitFor(
      'the last message to be handled',
      async () => (await effectCount(String(last.headers['ce_id']))) === 1,
    );

    const dead = await consumeN(kafka, deadLetterTopicOf(topic, group), 3);
    const byCase = new Map(dead.map((message) => [message.headers['ce_caseid'], message]));
    expect(byCase.get('case-bad-json')?.headers).toMatchObject({
      dlq_error_class: 'MESSAGING.UNPARSEABLE_MESSAGE',
      dlq_attempts: '1',
      dlq_original_topic: topic,
      dlq_original_partition: '0',
      dlq_original_offset: '1',
      ce_id: unparseable.headers['ce_id'],
    });
    expect(byCase.get('case-bad-json')?.value).toBe('{"caseId": ');
    expect(byCase.get('case-bad-schema')?.headers).toMatchObject({
      dlq_error_class: 'MESSAGING.SCHEMA_VIOLATION',
      dlq_attempts: '1',
    });
    expect(byCase.get('case-bad-schema')?.headers['dlq_error']).toMatch(/priority/);
    expect(byCase.get('case-always-fails')?.headers).toMatchObject({
      dlq_error_class: 'Error',
      dlq_error: 'provider directory unreachable',
      dlq_attempts: String(fastRetry.maxAttempts),
      dlq_original_offset: '4',
    });
    expect(byCase.get('case-always-fails')?.key).toBe('case-always-fails');
    expect(new Date(String(byCase.get('case-always-fails')?.headers['dlq_failed_at'])).getTime()).toBeGreaterThan(
      Date.now() - 120_000,
    );
    // A dead letter is still the original CloudEvent.
    const partnerView = CloudEventsKafka.toEvent({
      headers: byCase.get('case-always-fails')!.headers,
      key: byCase.get('case-always-fails')!.key,
      value: byCase.get('case-always-fails')!.value,
    } as unknown as KafkaMessage<string>) as unknown as { type: string };
    expect(partnerView.type).toBe(`${service}.CaseOpened.v1`);

    expect(await effectCount(String(good.headers['ce_id']))).toBe(1);
    expect(await effectCount(String(flaky.headers['ce_id']))).toBe(1);
    expect(await effectCount(String(alwaysFails.headers['ce_id']))).toBe(0);
    expect(await metrics.value('messaging_consumer_handled_total')).toBe(3);
    expect(await metrics.value('messaging_consumer_skipped_total', { type: `${service}.ClientRegistered.v1` })).toBe(1);
    expect(await metrics.value('messaging_consumer_dead_lettered_total')).toBe(3);
    expect(await metrics.value('messaging_consumer_retried_total')).toBe(fastRetry.maxAttempts - 1 + 2);

    // Every offset, dead letters and skips included, is committed: a new member of the group starts after them.
    await subject.stop();
    const admin = kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      expect(committed[0]?.partitions[0]?.offset).toBe('7');
    } finally {
      await admin.disconnect();
    }
  }, 90_000);

  it('refuses handler keys that are not published type names, or that the given contract does not declare', () => {
    const service = uniqueService();
    expect(() => consumer({ group: 'g', handlers: { CaseOpened: async () => undefined } })).toThrow(MessagingError);
    expect(() =>
      consumer({
        group: 'g',
        contracts: [sampleContractFor(service)],
        handlers: { [`${service}.CaseOpened.v2`]: async () => undefined },
      }),
    ).toThrow(/declares no such type/);
  });
});
