import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { describeEventStoreConformance, type ConformanceStoreOptions } from '../conformance/event-store.conformance';
import type { EventMetadata, NewEvent, ReadAllResult, RecordedEvent, Subscription } from '../event-store.port';
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('event_store');
});

afterAll(async () => {
  await database?.drop();
});

function openStore(options: ConformanceStoreOptions = {}, url = database.url): Promise<PostgresEventStore> {
  return createPostgresEventStore({
    connectionString: url,
    poolSize: 12,
    ...options,
    subscriptions: { pollIntervalMs: 5, retryDelayMs: 20, maxRetryDelayMs: 200 },
  });
}

describeEventStoreConformance('PostgreSQL', (options) => openStore(options));

const metadata: EventMetadata = {
  tenantId: 'tenant-a',
  actor: { id: 'worker-1', role: 'case_manager' },
  correlationId: 'c-1',
};
const event = (type: string, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data: {}, metadata, ...extra });
const uniqueCategory = (prefix: string) => `${prefix}${randomBytes(5).toString('hex')}.case`;

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

describe('PostgreSQL event store', () => {
  const stores: PostgresEventStore[] = [];
  const subscriptions: Subscription[] = [];
  const open = async (options: ConformanceStoreOptions = {}) => {
    const store = await openStore(options);
    stores.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('migrates a fresh database exactly once when several processes start together', async () => {
    const fresh = await createTestDatabase('event_store_migrate');
    try {
      const started = await Promise.all(Array.from({ length: 4 }, () => openStore({}, fresh.url)));
      await Promise.all(started.map((store) => store.close()));
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT version FROM event_store.migrations ORDER BY version');
        expect(rows.map((row) => row.version)).toEqual([1, 2, 3]);
      } finally {
        await client.end();
      }
    } finally {
      await fresh.drop();
    }
  });

  it('holds back an event committed after an earlier transaction that is still open, then delivers both in order', async () => {
    let releaseEarlier!: () => void;
    const earlierHeld = new Promise<void>((resolve) => (releaseEarlier = resolve));
    let earlierWritten!: () => void;
    const earlierIsWritten = new Promise<void>((resolve) => (earlierWritten = resolve));
    const holdIds = new Set<string>();
    const store = await open({
      hooks: {
        beforeCommit: async ({ eventIds }) => {
          if (eventIds.some((id) => holdIds.has(id))) {
            earlierWritten();
            await earlierHeld;
          }
        },
      },
    });
    const category = uniqueCategory('barrier');
    const earlierId = randomUUID();
    holdIds.add(earlierId);

    const earlier = store.appendToStream(`${category}-a`, [event('CaseOpened', { eventId: earlierId })], {
      expectedVersion: 'no_stream',
    });
    let whileOpen: ReadAllResult | undefined;
    try {
      await earlierIsWritten;
      const later = await store.appendToStream(`${category}-b`, [event('CaseOpened')], {
        expectedVersion: 'no_stream',
      });
      expect(later.streamVersion).toBe(1);
      whileOpen = await store.readAll({ categories: [category] });
    } finally {
      releaseEarlier();
      await earlier;
    }
    expect(whileOpen!.events).toEqual([]);
    let afterCommit = await store.readAll({ categories: [category], after: whileOpen!.checkpoint });
    for (let tries = 0; afterCommit.events.length < 2 && tries < 500; tries += 1) {
      // another transaction of this database may still hold the horizon for a moment
      await sleep(10);
      afterCommit = await store.readAll({ categories: [category], after: whileOpen!.checkpoint });
    }
    expect(afterCommit.events.map((e) => e.streamId)).toEqual([`${category}-a`, `${category}-b`]);
    // The first append took the lower position but committed last; the second was held back for it, not skipped.
    expect(afterCommit.events[0]!.globalPosition).toBeLessThan(afterCommit.events[1]!.globalPosition);
  });

  it('is not held back by a transaction that another database keeps open', async () => {
    const other = await createTestDatabase('event_store_other');
    const client = new Client({ connectionString: other.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('CREATE TABLE busy (id int)');
      const store = await open();
      const category = uniqueCategory('foreign');
      await store.appendToStream(`${category}-1`, [event('CaseOpened')], { expectedVersion: 'no_stream' });
      const { events } = await store.readAll({ categories: [category] });
      expect(events.map((e) => e.type)).toEqual(['CaseOpened']);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
      await other.drop();
    }
  });

  it('is not held back by a transaction of this database that writes but does not append (a read model, an inbox)', async () => {
    const store = await open();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('CREATE TABLE IF NOT EXISTS public.read_model_rows (id int)');
      await client.query('BEGIN');
      await client.query('INSERT INTO public.read_model_rows VALUES (1)');
      const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      const category = uniqueCategory('bystander');
      const appended = await store.appendToStream(`${category}-1`, [event('CaseOpened')], {
        expectedVersion: 'no_stream',
      });
      // The append's transaction is younger than the open one, which once held every reader back until it ended.
      expect(appended.logPosition.commit).toBeGreaterThan(BigInt(rows[0]!.xid));

      const { events } = await store.readAll({ categories: [category] });

      expect(events.map((e) => e.type)).toEqual(['CaseOpened']);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });

  it('refuses an append that comes after another write in its transaction, and accepts further appends after one', async () => {
    const store = await open();
    const category = uniqueCategory('first');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const append = (streamId: string, expected: number) =>
      client.query('SELECT r_outcome FROM event_store.append_to_stream($1, $2, $3, $4, $5)', [
        streamId,
        category,
        'tenant-a',
        expected,
        JSON.stringify([{ event_id: randomUUID(), type: 'CaseOpened', occurred_at: new Date(), metadata, data: {} }]),
      ]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS public.read_model_rows (id int)');
      await client.query('BEGIN');
      await client.query('INSERT INTO public.read_model_rows VALUES (2)');
      await expect(append(`${category}-late`, 0)).rejects.toThrow(
        /append_to_stream must be the first write of its transaction/,
      );
      await client.query('ROLLBACK');

      await client.query('BEGIN');
      expect((await append(`${category}-1`, 0)).rows).toEqual([{ r_outcome: 'appended' }]);
      expect((await append(`${category}-2`, 0)).rows).toEqual([{ r_outcome: 'appended' }]);
      await client.query('INSERT INTO public.read_model_rows VALUES (3)');
      expect((await append(`${category}-1`, 1)).rows).toEqual([{ r_outcome: 'appended' }]);
      await client.query('COMMIT');
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
    expect((await store.readAll({ categories: [category] })).events.map((e) => e.streamId)).toEqual([
      `${category}-1`,
      `${category}-2`,
      `${category}-1`,
    ]);
    expect(await store.readStream(`${category}-late`).catch((error: Error) => error.message)).toMatch(/does not exist/);
  });

  it('answers a retry with exactly the original result, also when any version is expected', async () => {
    const store = await open();
    const streamId = `${uniqueCategory('idem')}-1`;
    await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
    const batch = [event('CaseAssigned', { eventId: randomUUID() }), event('CaseNoteAdded', { eventId: randomUUID() })];
    const first = await store.appendToStream(streamId, batch, { expectedVersion: 'any' });
    await store.appendToStream(streamId, [event('CaseClosed')], { expectedVersion: 3 });

    expect(await store.appendToStream(streamId, batch, { expectedVersion: 'any' })).toEqual(first);
    expect(await store.appendToStream(streamId, batch, { expectedVersion: 1 })).toEqual(first);
    expect((await store.readStream(streamId)).map((e) => e.type)).toEqual([
      'CaseOpened',
      'CaseAssigned',
      'CaseNoteAdded',
      'CaseClosed',
    ]);
  });

  it('refuses a batch that reuses an event id stored in another stream, storing none of the batch', async () => {
    const store = await open();
    const category = uniqueCategory('dup');
    const reused = randomUUID();
    await store.appendToStream(`${category}-1`, [event('CaseOpened', { eventId: reused })], {
      expectedVersion: 'no_stream',
    });

    await expect(
      store.appendToStream(
        `${category}-2`,
        [event('CaseOpened'), event('CaseAssigned'), event('CaseNoteAdded', { eventId: reused })],
        { expectedVersion: 'no_stream' },
      ),
    ).rejects.toMatchObject({ code: 'EVENT_STORE.DUPLICATE_EVENT_ID', kind: 'conflict' });
    await expect(store.readStream(`${category}-2`)).rejects.toMatchObject({ code: 'EVENT_STORE.STREAM_NOT_FOUND' });
  });

  it('commits the read model and the checkpoint in the same transaction', async () => {
    const store = await open();
    const category = uniqueCategory('tx');
    const table = `read_model_${randomBytes(4).toString('hex')}`;
    await store.pool.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, type text NOT NULL)`);
    let failOnce = true;
    const subscriptionId = `tx-${category}`;
    subscriptions.push(
      store.subscribe({
        subscriptionId,
        categories: [category],
        handler: async (events, { transaction }) => {
          for (const e of events) {
            await transaction!.query(`INSERT INTO ${table} (event_id, type) VALUES ($1, $2)`, [e.eventId, e.type]);
          }
          if (failOnce && events.some((e) => e.type === 'CaseClosed')) {
            failOnce = false;
            throw new Error('crash after writing the read model');
          }
        },
      }),
    );
    await store.appendToStream(`${category}-1`, [event('CaseOpened'), event('CaseAssigned')], {
      expectedVersion: 'no_stream',
    });
    await store.appendToStream(`${category}-1`, [event('CaseClosed')], { expectedVersion: 2 });

    const rowsOf = async () =>
      (await store.pool.query(`SELECT type FROM ${table} ORDER BY type`)).rows.map((r) => r.type);
    const deadline = Date.now() + 10_000;
    let rows = await rowsOf();
    while (rows.length < 3 && Date.now() < deadline) {
      await sleep(20);
      rows = await rowsOf();
    }
    expect(failOnce).toBe(false);
    expect(rows).toEqual(['CaseAssigned', 'CaseClosed', 'CaseOpened']);
    const checkpoint = await store.pool.query('SELECT 1 FROM event_store.checkpoints WHERE subscription_id = $1', [
      subscriptionId,
    ]);
    expect(checkpoint.rowCount).toBe(1);
  });

  it('lets two processes share a subscription without handling any event twice', async () => {
    const first = await open();
    const second = await open();
    const category = uniqueCategory('shared');
    const handled: { by: string; event: RecordedEvent }[] = [];
    for (const [name, store] of [
      ['first', first],
      ['second', second],
    ] as const) {
      subscriptions.push(
        store.subscribe({
          subscriptionId: `shared-${category}`,
          categories: [category],
          batchSize: 3,
          handler: async (events) => {
            await sleep(2);
            handled.push(...events.map((e) => ({ by: name, event: e })));
          },
        }),
      );
    }
    for (let n = 0; n < 60; n += 1) {
      await first.appendToStream(`${category}-${n % 4}`, [event('CaseNoteAdded')], {
        expectedVersion: Math.floor(n / 4),
      });
    }
    expect(await waitFor(() => handled.length >= 60)).toBe(true);
    await sleep(100);
    expect(handled).toHaveLength(60);
    expect(new Set(handled.map((h) => h.event.eventId)).size).toBe(60);
  });

  it('stores the writing transaction id and a database-set recordedAt with every event', async () => {
    const store = await open();
    const streamId = `${uniqueCategory('row')}-1`;
    const result = await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned')], {
      expectedVersion: 'no_stream',
    });
    const { rows } = await store.pool.query(
      `SELECT transaction_id::text AS xid, recorded_at, tenant_id, category FROM event_store.events WHERE stream_id = $1`,
      [streamId],
    );
    expect(rows.map((row) => BigInt(row.xid))).toEqual([result.logPosition.commit, result.logPosition.commit]);
    expect(rows[0].recorded_at).toEqual(rows[1].recorded_at);
    expect(rows[0]).toMatchObject({ tenant_id: 'tenant-a', category: streamId.slice(0, streamId.indexOf('-')) });
  });
});
