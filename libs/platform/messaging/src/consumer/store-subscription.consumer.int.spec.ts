import { createPostgresEventStore, type PostgresEventStore } from '@casemgmt/event-store';
import { createTestDatabase, waitFor, type TestDatabase } from '@casemgmt/testing';
import { SILENT_MESSAGING_LOGGER } from '../messaging.logger';
import { MessagingError } from '../messaging.errors';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import {
  caseOpened,
  clientRegistered,
  sampleContractFor,
  sampleMetadata,
  uniqueService,
} from '../spec-fixtures/intake-sample.fixture';
import type { EventHandlers } from '../incoming-event';
import { StoreSubscriptionConsumer } from './store-subscription.consumer';

describe('StoreSubscriptionConsumer (real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('messaging_store_consumer');
    store = await createPostgresEventStore({
      connectionString: database.url,
      poolSize: 4,
      subscriptions: { pollIntervalMs: 25, retryDelayMs: 50, maxRetryDelayMs: 500 },
    });
    await store.pool.query('CREATE TABLE effects (event_id uuid NOT NULL, type text NOT NULL, case_id text)');
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('feeds the same handlers from the store: effect, inbox and checkpoint in one transaction; poison events dead-lettered', async () => {
    const service = uniqueService();
    const contract = sampleContractFor(service);
    let flakyCalls = 0;
    const handlers: EventHandlers = {
      [`${service}.CaseOpened.v1`]: async (event, tx) => {
        expect(event.origin.kind).toBe('store');
        if (event.data['caseId'] === 'case-poison') throw MessagingError.poison('this case cannot be opened twice');
        if (event.data['caseId'] === 'case-flaky' && ++flakyCalls < 2) throw new Error('could not serialize access');
        await tx.query('INSERT INTO effects (event_id, type, case_id) VALUES ($1, $2, $3)', [
          event.eventId,
          event.type,
          event.metadata.caseId,
        ]);
      },
    };
    const cases = ['case-1', 'case-poison', 'case-flaky', 'case-2'];
    for (const caseId of cases) {
      await store.appendToStream(`${service}.case-${caseId}`, [caseOpened(caseId, 'client-1')], {
        expectedVersion: 'no_stream',
      });
    }
    await store.appendToStream(`${service}.client-client-1`, [clientRegistered('client-1')], {
      expectedVersion: 'no_stream',
    });
    // Not in the contract: the relay would refuse it; a consumer just skips it.
    await store.appendToStream(
      `${service}.case-case-1`,
      [{ type: 'CaseMislaid', data: {}, metadata: sampleMetadata() }],
      { expectedVersion: 1 },
    );
    const schemaViolation = await store.appendToStream(
      `${service}.case-case-3`,
      [{ type: 'CaseOpened', data: { caseId: 'case-3' }, metadata: sampleMetadata({ caseId: 'case-3' }) }],
      { expectedVersion: 'no_stream' },
    );

    const metrics = new MessagingMetrics();
    const consumer = new StoreSubscriptionConsumer({
      store,
      consumer: `${service}-effects`,
      contracts: [contract],
      handlers,
      metrics,
      retry: { maxAttempts: 3, initialDelayMs: 5, maxDelayMs: 20 },
      logger: SILENT_MESSAGING_LOGGER,
    });
    await consumer.start();
    try {
      await waitFor('three effects', async () => (await metrics.value('messaging_consumer_handled_total')) === 3);
      // The last event (schema violation) is dead-lettered after the handled ones; wait for its batch to commit.
      await waitFor(
        'two dead letters',
        async () => (await metrics.value('messaging_consumer_dead_lettered_total')) === 2,
      );
    } finally {
      await consumer.stop();
    }

    const effects = await store.pool.query<{ case_id: string }>('SELECT case_id FROM effects ORDER BY case_id');
    expect(effects.rows.map((row) => row.case_id)).toEqual(['case-1', 'case-2', 'case-flaky']);
    const dead = await store.pool.query<{
      event_type: string;
      error_class: string;
      attempts: number;
      event: { data: unknown };
    }>(
      'SELECT event_type, error_class, attempts, event FROM messaging.dead_letters WHERE consumer = $1 ORDER BY failed_at',
      [`${service}-effects`],
    );
    expect(dead.rows.map((row) => [row.event_type, row.error_class, row.attempts])).toEqual([
      [`${service}.CaseOpened.v1`, 'MESSAGING.POISON_MESSAGE', 1],
      [`${service}.CaseOpened.v1`, 'MESSAGING.SCHEMA_VIOLATION', 1],
    ]);
    expect(dead.rows[1]?.event.data).toEqual({ caseId: 'case-3' });
    expect(await metrics.value('messaging_consumer_retried_total')).toBe(1);
    expect(await metrics.value('messaging_consumer_skipped_total', { type: `${service}.ClientRegistered.v1` })).toBe(1);
    expect(await metrics.value('messaging_consumer_skipped_total', { type: 'CaseMislaid' })).toBe(1);
    const checkpoint = await store.pool.query<{ commit_position: string }>(
      'SELECT commit_position::text FROM event_store.checkpoints WHERE subscription_id = $1',
      [consumer.subscriptionId],
    );
    expect(BigInt(checkpoint.rows[0]!.commit_position)).toBeGreaterThanOrEqual(schemaViolation.logPosition.commit);

    // A lost checkpoint (a rebuild, a restore) delivers everything again: the inbox keeps the effects single.
    await store.pool.query('DELETE FROM event_store.checkpoints WHERE subscription_id = $1', [consumer.subscriptionId]);
    const again = new MessagingMetrics();
    const replay = new StoreSubscriptionConsumer({
      store,
      consumer: `${service}-effects`,
      contracts: [contract],
      handlers,
      metrics: again,
      retry: { maxAttempts: 1, initialDelayMs: 1, maxDelayMs: 1 },
      logger: SILENT_MESSAGING_LOGGER,
      migrate: false,
    });
    await replay.start();
    try {
      await waitFor(
        'the redelivered events to be recognised',
        async () => (await again.value('messaging_consumer_duplicates_total')) === 3,
      );
    } finally {
      await replay.stop();
    }
    expect((await store.pool.query('SELECT count(*)::int AS n FROM effects')).rows[0].n).toBe(3);
    expect(await again.value('messaging_consumer_handled_total')).toBe(0);
  }, 60_000);

  it('refuses handlers for types no given contract declares', () => {
    const service = uniqueService();
    expect(
      () =>
        new StoreSubscriptionConsumer({
          store,
          consumer: 'c',
          contracts: [sampleContractFor(service)],
          handlers: { 'referral.ReferralSent.v1': async () => undefined },
          logger: SILENT_MESSAGING_LOGGER,
        }),
    ).toThrow(/no contract given/);
  });
});
