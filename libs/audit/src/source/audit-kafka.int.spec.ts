import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresEventStore, type NewEvent, type PostgresEventStore } from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import {
  createKafkajsTransport,
  KafkaRelay,
  SILENT_MESSAGING_LOGGER,
  type KafkaEventConsumer,
  type ServiceContract,
} from '@casemgmt/messaging';
import { createTestDatabase, testKafka, waitFor, type TestDatabase } from '@casemgmt/testing';
import { AUDIT_MIGRATIONS } from '../audit.migrations';
import { VerifyChainQuery } from '../queries/verify-chain/verify-chain.query';
import { auditKafkaSource } from './audit-event-source';

// A service name of this run's own, hence a topic of its own on a broker other suites share.
const SERVICE = `audited${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const TENANT = 'county-a';

const CONTRACT: ServiceContract = {
  service: SERVICE,
  categories: [`${SERVICE}.case`],
  events: ['CaseOpened', 'CaseAssigned'].map((type) => ({
    type,
    version: 1,
    summary: type,
    schema: { type: 'object' },
  })),
};

function caseEvent(caseId: string, type: string): NewEvent {
  return {
    type,
    data: { caseId },
    metadata: { tenantId: TENANT, actor: { id: 'sup-1', role: 'supervisor' }, correlationId: randomUUID(), caseId },
  };
}

describe('audit trail fed from Kafka (real broker, real PostgreSQL)', () => {
  const transport = createKafkajsTransport({ kafka: testKafka('audit-kafka-test') });
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const stoppables: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('audit_kafka');
    store = await createPostgresEventStore({
      connectionString: database.url,
      poolSize: 4,
      subscriptions: { pollIntervalMs: 25, retryDelayMs: 50, maxRetryDelayMs: 500 },
    });
    pool = new Pool({ connectionString: database.url, max: 6 });
    await migrateSchema(pool, 'audit', AUDIT_MIGRATIONS);
  });

  afterAll(async () => {
    for (const stoppable of stoppables.reverse()) await stoppable.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
  });

  const count = async (): Promise<number> =>
    Number((await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM audit.entries')).rows[0]?.n);

  it('appends each relayed event to the chain once, though two consumer groups receive it', async () => {
    const cases = [randomUUID(), randomUUID(), randomUUID()];
    for (const caseId of cases) {
      await store.appendToStream(`${SERVICE}.case-${caseId}`, [caseEvent(caseId, 'CaseOpened')], {
        expectedVersion: 'no_stream',
      });
    }
    const relay = new KafkaRelay({
      store,
      contract: CONTRACT,
      transport,
      topic: { numPartitions: 3, replicationFactor: 1 },
      logger: SILENT_MESSAGING_LOGGER,
    });
    await relay.start();
    stoppables.push(relay);

    // The audit group, and a second group with an inbox of its own: each event reaches the chain twice.
    const groups: KafkaEventConsumer[] = [];
    for (const group of [`audit-${SERVICE}`, `audit-${SERVICE}-again`]) {
      const consumer = auditKafkaSource({
        transport,
        pool,
        contracts: [CONTRACT],
        consumer: group,
        logger: SILENT_MESSAGING_LOGGER,
      });
      await consumer.start();
      stoppables.push(consumer);
      groups.push(consumer);
    }

    // Appended while everything runs: the live path, not only the catch-up.
    const firstCase = cases[0] as string;
    await store.appendToStream(`${SERVICE}.case-${firstCase}`, [caseEvent(firstCase, 'CaseAssigned')], {
      expectedVersion: 1,
    });
    await waitFor(
      'both groups to handle the four events',
      async () => {
        const handled = await Promise.all(
          groups.map((group) => group.metrics.value('messaging_consumer_handled_total')),
        );
        return handled.every((n) => n === 4);
      },
      60_000,
    );

    expect(await count()).toBe(4);
    const { rows } = await pool.query<{ sequence: string; published_type: string; stream_id: string; case_id: string }>(
      'SELECT sequence::text, published_type, stream_id, case_id FROM audit.entries WHERE tenant_id = $1 ORDER BY audit.entries.sequence',
      [TENANT],
    );
    expect(rows.map((row) => row.sequence)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((row) => row.published_type).sort()).toEqual([
      `${SERVICE}.CaseAssigned.v1`,
      `${SERVICE}.CaseOpened.v1`,
      `${SERVICE}.CaseOpened.v1`,
      `${SERVICE}.CaseOpened.v1`,
    ]);
    // A case's events share a partition: its assignment lands after its opening.
    const ofFirstCase = rows.filter((row) => row.case_id === firstCase).map((row) => row.published_type);
    expect(ofFirstCase).toEqual([`${SERVICE}.CaseOpened.v1`, `${SERVICE}.CaseAssigned.v1`]);
    expect(await new VerifyChainQuery(pool).execute(TENANT)).toMatchObject({ valid: true, entriesChecked: 4 });
  }, 120_000);
});
