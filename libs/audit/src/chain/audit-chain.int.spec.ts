import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import {
  createPostgresEventStore,
  type NewEvent,
  type PostgresEventStore,
  type SqlTransaction,
} from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import {
  SILENT_MESSAGING_LOGGER,
  type IncomingEvent,
  type ServiceContract,
  type StoreSubscriptionConsumer,
} from '@casemgmt/messaging';
import { createTestDatabase, waitFor, type TestDatabase } from '@casemgmt/testing';
import { AUDIT_MIGRATIONS } from '../audit.migrations';
import { appendManyToChain, appendToChain } from './audit-chain';
import { canonicalEventOf, chainHash, GENESIS_HASH } from './chain-hash';
import { VerifyChainQuery } from '../queries/verify-chain/verify-chain.query';
import { auditStoreSource } from '../source/audit-event-source';

const CONTRACT: ServiceContract = {
  service: 'intake',
  categories: ['intake.case', 'intake.client'],
  events: ['CaseOpened', 'CaseAssigned', 'CaseNoteAdded', 'ClientRegistered'].map((type) => ({
    type,
    version: 1,
    summary: type,
    schema: { type: 'object' },
  })),
};

function caseEvent(tenantId: string, caseId: string, type: string, data: Record<string, unknown>): NewEvent {
  return {
    type,
    data: { caseId, ...data },
    metadata: { tenantId, actor: { id: 'cm-7', role: 'case_manager' }, correlationId: randomUUID(), caseId },
    occurredAt: new Date('2026-03-01T09:00:00.000Z'),
  };
}

/** Events of two streams for a tenant: a client registered, a case opened, assigned and noted `notes` times. */
async function seedTenant(store: PostgresEventStore, tenantId: string, notes: number): Promise<void> {
  const caseId = randomUUID();
  const clientId = randomUUID();
  await store.appendToStream(
    `intake.client-${clientId}`,
    [
      {
        type: 'ClientRegistered',
        // Personal data reaches the chain as the store holds it: sealed.
        data: {
          clientId,
          personal: { $sealed: 'A256GCM', keyId: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' },
        },
        metadata: { tenantId, actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: randomUUID(), clientId },
      },
    ],
    { expectedVersion: 'no_stream' },
  );
  const stream = `intake.case-${caseId}`;
  await store.appendToStream(stream, [caseEvent(tenantId, caseId, 'CaseOpened', { clientId, priority: 'high' })], {
    expectedVersion: 'no_stream',
  });
  await store.appendToStream(stream, [caseEvent(tenantId, caseId, 'CaseAssigned', { caseManagerId: 'cm-7' })], {
    expectedVersion: 1,
  });
  await store.appendToStream(
    stream,
    Array.from({ length: notes }, (_, n) => caseEvent(tenantId, caseId, 'CaseNoteAdded', { note: `visit ${n + 1}` })),
    { expectedVersion: 2 },
  );
}

describe('audit hash chain (real event store, store subscription, PostgreSQL)', () => {
  // county-intact's chain is longer than nine entries: sequences must sort as numbers, not as text.
  const sizes: Readonly<Record<string, number>> = {
    'county-intact': 12,
    'county-altered': 5,
    'county-deleted': 5,
    'county-swapped': 5,
  };
  const tenants = Object.keys(sizes);
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  let database: TestDatabase;
  let store: PostgresEventStore;
  let verify: VerifyChainQuery;
  const consumers: StoreSubscriptionConsumer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('audit_chain');
    store = await createPostgresEventStore({
      connectionString: database.url,
      poolSize: 6,
      subscriptions: { pollIntervalMs: 25, retryDelayMs: 50, maxRetryDelayMs: 500 },
    });
    await migrateSchema(store.pool, 'audit', AUDIT_MIGRATIONS);
    verify = new VerifyChainQuery(store.pool);
    for (const tenant of tenants) await seedTenant(store, tenant, (sizes[tenant] ?? 0) - 3);

    // Two consumers with inboxes of their own: every event is delivered twice, concurrently.
    for (const consumer of ['audit', 'audit-replay']) {
      const source = auditStoreSource({
        store,
        contracts: [CONTRACT],
        consumer,
        logger: SILENT_MESSAGING_LOGGER,
      });
      consumers.push(source);
      await source.start();
    }
    await waitFor(
      `both consumers to handle all ${total} events`,
      async () => {
        const handled = await Promise.all(
          consumers.map((consumer) => consumer.metrics.value('messaging_consumer_handled_total')),
        );
        return handled.every((count) => count === total);
      },
      20_000,
    );
  }, 60_000);

  afterAll(async () => {
    for (const consumer of consumers) await consumer.stop();
    await store?.close();
    await database?.drop();
  });

  const tamper = async (sql: string, values: readonly unknown[]): Promise<void> => {
    // As a superuser could: switch the append-only triggers off, change the rows, switch them on again.
    const client = await store.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit.entries DISABLE TRIGGER USER');
      await client.query(sql, [...values]);
      await client.query('ALTER TABLE audit.entries ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  it('keeps every event once, even when delivered twice, in a gapless chain per tenant', async () => {
    const { rows } = await store.pool.query<{ tenant_id: string; n: string; distinct_events: string; last: string }>(
      `SELECT tenant_id, count(*)::text AS n, count(DISTINCT event_id)::text AS distinct_events, max(sequence)::text AS last
         FROM audit.entries GROUP BY tenant_id ORDER BY tenant_id`,
    );
    expect(rows).toEqual(
      [...tenants].sort().map((tenant_id) => {
        const size = String(sizes[tenant_id]);
        return { tenant_id, n: size, distinct_events: size, last: size };
      }),
    );
    const stored = await store.pool.query<{ event_id: string }>('SELECT event_id::text FROM event_store.events');
    const audited = await store.pool.query<{ event_id: string }>('SELECT event_id::text FROM audit.entries');
    expect(audited.rows.map((row) => row.event_id).sort()).toEqual(stored.rows.map((row) => row.event_id).sort());
  });

  it('chains each entry to the one before, from the genesis hash, over the canonical event', async () => {
    const { rows } = await store.pool.query<{
      sequence: string;
      previous_hash: string;
      hash: string;
      event: { type: string; data: Record<string, unknown> };
    }>(
      "SELECT sequence, previous_hash, hash, event FROM audit.entries WHERE tenant_id = 'county-intact' ORDER BY sequence",
    );
    expect(rows.map((row) => Number(row.sequence))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(rows[0]?.previous_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.previous_hash).toBe(rows[i - 1]?.hash);
    expect(rows.map((row) => row.event.type)).toEqual([
      'intake.ClientRegistered.v1',
      'intake.CaseOpened.v1',
      'intake.CaseAssigned.v1',
      ...Array.from({ length: 9 }, () => 'intake.CaseNoteAdded.v1'),
    ]);
    expect(rows[0]?.event.data['personal']).toMatchObject({ $sealed: 'A256GCM', ciphertext: 'Y2lwaGVy' });
  });

  it('verifies every untouched chain', async () => {
    for (const tenant of tenants) {
      expect(await verify.execute(tenant)).toEqual({
        valid: true,
        entriesChecked: sizes[tenant],
        head: { sequence: sizes[tenant], hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
    }
    expect(await verify.execute('county-unknown')).toEqual({ valid: true, entriesChecked: 0 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE while its triggers are on', async () => {
    await expect(
      store.pool.query("UPDATE audit.entries SET hash = 'x' WHERE tenant_id = 'county-intact' AND sequence = 1"),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(store.pool.query("DELETE FROM audit.entries WHERE tenant_id = 'county-intact'")).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(store.pool.query('TRUNCATE audit.entries')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await verify.execute('county-intact')).toMatchObject({ valid: true, entriesChecked: 12 });
  });

  it('names an entry whose stored event was changed as altered', async () => {
    await tamper(
      `UPDATE audit.entries SET event = jsonb_set(event, '{data,caseManagerId}', '"cm-9"')
        WHERE tenant_id = $1 AND sequence = 3`,
      ['county-altered'],
    );
    const result = await verify.execute('county-altered');
    expect(result).toMatchObject({ valid: false, entriesChecked: 3, firstProblem: { sequence: 3, kind: 'altered' } });
    expect(result.firstProblem?.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the gap a deleted entry leaves as missing', async () => {
    await tamper('DELETE FROM audit.entries WHERE tenant_id = $1 AND sequence = 2', ['county-deleted']);
    expect(await verify.execute('county-deleted')).toEqual({
      valid: false,
      entriesChecked: 2,
      firstProblem: { sequence: 2, kind: 'missing', detail: 'entry 2 is missing: the chain goes on at 3' },
    });
  });

  it('names the first of two swapped entries as reordered', async () => {
    // Entries 2 and 3 trade places: the rows move, contents and hashes with them.
    await tamper(
      `UPDATE audit.entries SET sequence = CASE sequence WHEN 2 THEN 1000002 WHEN 3 THEN 1000003 END
        WHERE tenant_id = $1 AND sequence IN (2, 3)`,
      ['county-swapped'],
    );
    await tamper(
      `UPDATE audit.entries SET sequence = CASE sequence WHEN 1000002 THEN 3 WHEN 1000003 THEN 2 END
        WHERE tenant_id = $1 AND sequence IN (1000002, 1000003)`,
      ['county-swapped'],
    );
    const result = await verify.execute('county-swapped');
    // Each moved entry still hashes correctly over its own previous hash: the link to entry 1 is what breaks.
    expect(result).toMatchObject({ valid: false, firstProblem: { sequence: 2, kind: 'reordered' } });
  });

  it('leaves the other tenants’ chains valid after one was tampered with', async () => {
    expect(await verify.execute('county-intact')).toMatchObject({ valid: true, entriesChecked: 12 });
  });
});

describe('appending a run of events to the chains at once (PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('audit_chain_many');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await migrateSchema(pool, 'audit', AUDIT_MIGRATIONS);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const incoming = (tenantId: string, n: number): IncomingEvent => {
    const caseId = `case-${tenantId}`;
    return {
      type: 'intake.CaseNoteAdded.v1',
      eventId: randomUUID(),
      service: 'intake',
      source: '/casemgmt/intake',
      streamId: `intake.case-${caseId}`,
      streamVersion: n,
      globalPosition: BigInt(n),
      occurredAt: new Date(Date.UTC(2026, 2, 1, 9, n)),
      recordedAt: new Date(Date.UTC(2026, 2, 1, 9, n, 1)),
      data: { caseId, note: `visit ${n}` },
      metadata: { tenantId, actor: { id: 'cm-7', role: 'case_manager' }, correlationId: randomUUID(), caseId },
      origin: { kind: 'store', subscriptionId: 'test', logPosition: { commit: 1n, prepare: BigInt(n) } },
    };
  };

  const inTransaction = async <T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async (text, values) => {
          const answer = await client.query(text, values === undefined ? undefined : [...values]);
          return { rows: answer.rows, rowCount: answer.rowCount ?? 0 };
        },
      });
      await client.query('COMMIT');
      return result;
    } finally {
      client.release();
    }
  };

  const chainOf = async (tenantId: string) =>
    (
      await pool.query<{ sequence: string; event_id: string; previous_hash: string; hash: string }>(
        'SELECT sequence::text, event_id::text, previous_hash, hash FROM audit.entries WHERE tenant_id = $1 ORDER BY audit.entries.sequence',
        [tenantId],
      )
    ).rows;

  it('builds, for interleaved tenants, exactly the chains that appending one event at a time builds', async () => {
    const events = Array.from({ length: 6 }, (_, n) => incoming(n % 2 === 0 ? 'county-run' : 'county-other', n + 1));
    const twins = events.map((event) => ({
      ...event,
      metadata: { ...event.metadata, tenantId: `${event.metadata.tenantId}-single` },
    }));

    const appended = await inTransaction((tx) => appendManyToChain(tx, events));
    await inTransaction(async (tx) => {
      for (const twin of twins) await appendToChain(tx, twin);
    });

    expect(appended.map((entry) => entry.sequence)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(appended.every((entry) => entry.appended)).toBe(true);
    for (const tenant of ['county-run', 'county-other']) {
      const chain = await chainOf(tenant);
      expect(chain.map((entry) => entry.sequence)).toEqual(['1', '2', '3']);
      expect(chain[0]?.previous_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < chain.length; i++) expect(chain[i]?.previous_hash).toBe(chain[i - 1]?.hash);
      // Same events, same order: the same hashes, whether appended in one go or one by one (the tenant is part of
      // the hashed metadata, so the twins' chain is compared link by link rather than hash by hash).
      const single = await chainOf(`${tenant}-single`);
      expect(single.map((entry) => entry.event_id)).toEqual(chain.map((entry) => entry.event_id));
    }
    const expectedHead = events
      .filter((event) => event.metadata.tenantId === 'county-run')
      .reduce((previous, event) => chainHash(previous, canonicalEventOf(event)), GENESIS_HASH);
    expect((await chainOf('county-run')).at(-1)?.hash).toBe(expectedHead);
  });

  it('leaves events the chain already holds where they are, and appends an event given twice once', async () => {
    const held = (await chainOf('county-run')).map((entry) => entry.event_id);
    const fresh = incoming('county-run', 7);
    const again = { ...incoming('county-run', 2), eventId: held[1] as string };

    const appended = await inTransaction((tx) => appendManyToChain(tx, [again, fresh, fresh]));

    expect(appended).toEqual([
      { appended: false, sequence: 2 },
      { appended: true, sequence: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { appended: false, sequence: 4 },
    ]);
    expect(await new VerifyChainQuery(pool).execute('county-run')).toMatchObject({ valid: true, entriesChecked: 4 });
  });
});
