import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import {
  createPostgresEventStore,
  type EventMetadata,
  type NewEvent,
  type PostgresEventStore,
} from '@casemgmt/event-store';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { percent, round } from '../measure';
import { catchUpWorkload } from './event-store.catch-up';

const WRITERS = 8;
const WARM_UP_MS = 1_000;
const MEASURE_MS = 5_000;
const FOLD_STREAM_EVENTS = 10_000;

const metadata: EventMetadata = {
  tenantId: 'tenant-bench',
  actor: { id: 'worker-17', role: 'case_manager' },
  correlationId: '01a2094b-0000-7000-8000-000000000001',
  caseId: 'case-1',
};

// About the size of a real case event: a few ids, a status and a short note.
function caseNote(n: number): NewEvent {
  return {
    type: 'CaseNoteAdded',
    data: {
      caseId: 'case-1',
      contactType: 'home_visit',
      minutes: 45,
      n,
      note: 'Client reports stable housing; follow up on SNAP renewal.',
    },
    metadata,
  };
}

/** Runs `work` on `workers` loops for warm-up plus measurement; returns units completed per second of measurement. */
async function measureRate(workers: number, work: (worker: number) => Promise<number>): Promise<number> {
  const measureFrom = Date.now() + WARM_UP_MS;
  const measureTo = measureFrom + MEASURE_MS;
  let units = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (Date.now() < measureTo) {
        const done = await work(worker);
        const now = Date.now();
        if (now >= measureFrom && now < measureTo) units += done;
      }
    }),
  );
  return units / (MEASURE_MS / 1000);
}

async function medianMs(runs: number, work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0 };
}

// The same rows written straight into event_store.events, without version check, lock or function: what the table
// itself (three unique B-trees, two json columns) costs, as a reference for what limits the appends.
async function rawEventsTableWorkloads(
  store: PostgresEventStore,
  context: BenchContext,
): Promise<{ single: number; batched: number }> {
  const run = randomBytes(4).toString('hex');
  const data = JSON.stringify(caseNote(0).data);
  const meta = JSON.stringify(metadata);
  const row = (n: number) => [
    randomUUIDv7Like(),
    `bench.raw-${run}`,
    n,
    'bench.raw',
    'CaseNoteAdded',
    'tenant-bench',
    data,
    meta,
  ];
  const placeholders = (rows: number) =>
    Array.from(
      { length: rows },
      (_, r) => `(${Array.from({ length: 8 }, (_, c) => `$${r * 8 + c + 1}`).join(', ')}, now(), now())`,
    ).join(', ');
  const insert = (rows: number) =>
    `INSERT INTO event_store.events (event_id, stream_id, stream_version, category, type, tenant_id, data, metadata, occurred_at, recorded_at) VALUES ${placeholders(rows)}`;
  let version = 0;
  context.log('event-store: reference - raw single-row INSERTs into event_store.events');
  const singleSql = insert(1);
  const single = await measureRate(WRITERS, async () => {
    version += 1;
    await store.pool.query(singleSql, row(version));
    return 1;
  });
  context.log('event-store: reference - raw 100-row INSERTs into event_store.events');
  const batchSql = insert(100);
  const batched = await measureRate(WRITERS, async () => {
    const values = Array.from({ length: 100 }, () => row((version += 1))).flat();
    await store.pool.query(batchSql, values);
    return 100;
  });
  return { single, batched };
}

// Version 7 layout (time first) from random bytes: keeps the reference inserts as index-friendly as real event ids.
function randomUUIDv7Like(): string {
  const hex = Date.now().toString(16).padStart(12, '0') + randomBytes(10).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function appendWorkloads(
  store: PostgresEventStore,
  context: BenchContext,
): Promise<{ single: number; batched: number }> {
  const run = randomBytes(4).toString('hex');
  context.log('event-store: single-event appends, 8 writers');
  const singleVersions = new Array<number>(WRITERS).fill(0);
  const single = await measureRate(WRITERS, async (writer) => {
    const version = singleVersions[writer] ?? 0;
    await store.appendToStream(`bench.single-${run}w${writer}`, [caseNote(version)], { expectedVersion: version });
    singleVersions[writer] = version + 1;
    return 1;
  });

  context.log('event-store: 100-event appends, 8 writers');
  const batchVersions = new Array<number>(WRITERS).fill(0);
  const batch = Array.from({ length: 100 }, (_, n) => caseNote(n));
  const batched = await measureRate(WRITERS, async (writer) => {
    const version = batchVersions[writer] ?? 0;
    await store.appendToStream(`bench.batch-${run}w${writer}`, batch, { expectedVersion: version });
    batchVersions[writer] = version + 100;
    return 100;
  });
  return { single, batched };
}

async function foldWorkload(store: PostgresEventStore, context: BenchContext): Promise<BenchFigure[]> {
  context.log('event-store: read and fold a 10,000-event stream');
  const streamId = `bench.fold-${randomBytes(4).toString('hex')}`;
  for (let version = 0; version < FOLD_STREAM_EVENTS; version += 100) {
    await store.appendToStream(
      streamId,
      Array.from({ length: 100 }, (_, n) => caseNote(version + n)),
      { expectedVersion: version },
    );
  }
  const raw = await medianMs(15, () =>
    store.pool.query('SELECT * FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version', [streamId]),
  );
  const read = await medianMs(15, () => store.readStream(streamId));
  const fold = await medianMs(15, () =>
    store.aggregateStream(streamId, {
      initialState: () => ({ notes: 0, minutes: 0 }),
      evolve: (state, event) => ({
        notes: state.notes + 1,
        minutes: state.minutes + Number(event.data['minutes'] ?? 0),
      }),
    }),
  );
  const against = {
    name: 'raw SELECT of the same 10,000 rows (pg, default parsing)',
    value: round(raw.median, 1),
    unit: 'ms',
  };
  return [
    {
      name: 'event store: fold a 10,000-event stream (median of 15)',
      value: round(fold.median, 1),
      unit: 'ms',
      against,
      target: { text: '<= 50 ms', met: fold.median <= 50 },
      note: `p95 ${round(fold.p95, 1)} ms; evolve is a trivial counter, so this is the read path`,
    },
    {
      name: 'event store: read a 10,000-event stream (median of 15)',
      value: round(read.median, 1),
      unit: 'ms',
      against,
      note: `p95 ${round(read.p95, 1)} ms`,
    },
  ];
}

// Emmett creates its pool through dumbo, which switches pg's int8 and jsonb parsers for the whole process: run last.
async function emmettWorkloads(context: BenchContext): Promise<{ single: number; batched: number }> {
  const database = await context.createDatabase('bench_emmett');
  // Our own pool, the same size as ours, ended by us: Emmett's close() leaves connections that the drop would kill.
  const pool = new Pool({ connectionString: database.url, max: WRITERS + 1 });
  pool.on('error', () => undefined);
  const emmett = getPostgreSQLEventStore(database.url, { connectionOptions: { pool } });
  try {
    await emmett.schema.migrate();
    const run = randomBytes(4).toString('hex');
    const toEmmett = (event: NewEvent) => ({ type: event.type, data: event.data, metadata: event.metadata });

    context.log('event-store: Emmett single-event appends, 8 writers');
    const singleVersions = new Array<bigint>(WRITERS).fill(0n);
    const single = await measureRate(WRITERS, async (writer) => {
      const result = await emmett.appendToStream(`bench.single-${run}w${writer}`, [toEmmett(caseNote(0))], {
        expectedStreamVersion: singleVersions[writer] ?? 0n,
      });
      singleVersions[writer] = result.nextExpectedStreamVersion;
      return 1;
    });

    context.log('event-store: Emmett 100-event appends, 8 writers');
    const batchVersions = new Array<bigint>(WRITERS).fill(0n);
    const batch = Array.from({ length: 100 }, (_, n) => toEmmett(caseNote(n)));
    const batched = await measureRate(WRITERS, async (writer) => {
      const result = await emmett.appendToStream(`bench.batch-${run}w${writer}`, batch, {
        expectedStreamVersion: batchVersions[writer] ?? 0n,
      });
      batchVersions[writer] = result.nextExpectedStreamVersion;
      return 100;
    });
    return { single, batched };
  } finally {
    await emmett.close();
    await pool.end();
    await database.drop();
  }
}

export const eventStoreBench: BenchSuite = {
  name: 'event-store',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { pgSingleInsertTps, pgMultiRowInsertRowsPerSec } = context.baselines;
    const figures: BenchFigure[] = [];

    const database = await context.createDatabase('bench_event_store');
    let ours: { single: number; batched: number };
    try {
      const store = await createPostgresEventStore({ connectionString: database.url, poolSize: WRITERS + 1 });
      try {
        ours = await appendWorkloads(store, context);
        const table = await rawEventsTableWorkloads(store, context);
        figures.push(
          {
            name: 'event store: single-event appends with expected version (8 writers, distinct streams)',
            value: round(ours.single),
            unit: 'appends/s',
            against: {
              name: 'raw PostgreSQL single-row INSERT transactions (8 connections)',
              value: round(pgSingleInsertTps),
              unit: 'tx/s',
            },
            target: { text: '>= 70% of raw', met: ours.single >= 0.7 * pgSingleInsertTps },
            note:
              `${percent(ours.single / pgSingleInsertTps)} of raw. One round trip per append (a plpgsql function in ` +
              `autocommit) that also takes the stream's advisory lock and reads its last version.`,
          },
          {
            name: 'reference: raw single-row INSERTs into event_store.events (8 connections, no version check)',
            value: round(table.single),
            unit: 'tx/s',
            against: {
              name: 'raw PostgreSQL single-row INSERT transactions (8 connections)',
              value: round(pgSingleInsertTps),
              unit: 'tx/s',
            },
            note: `${percent(table.single / pgSingleInsertTps)} of raw: what the events table itself (3 unique B-trees, 2 json columns) costs; appends reach ${percent(ours.single / table.single)} of it`,
          },
          {
            name: 'event store: 100-event appends with expected version (8 writers)',
            value: round(ours.batched),
            unit: 'events/s',
            against: {
              name: 'raw PostgreSQL 100-row INSERTs (8 connections)',
              value: round(pgMultiRowInsertRowsPerSec),
              unit: 'rows/s',
            },
            target: { text: '>= 60% of raw', met: ours.batched >= 0.6 * pgMultiRowInsertRowsPerSec },
            note: `${percent(ours.batched / pgMultiRowInsertRowsPerSec)} of raw`,
          },
          {
            name: 'reference: raw 100-row INSERTs into event_store.events (8 connections, no version check)',
            value: round(table.batched),
            unit: 'rows/s',
            against: {
              name: 'raw PostgreSQL 100-row INSERTs (8 connections)',
              value: round(pgMultiRowInsertRowsPerSec),
              unit: 'rows/s',
            },
            note: `${percent(table.batched / pgMultiRowInsertRowsPerSec)} of raw with 800 bind parameters per statement; appends, which send one json argument, reach ${percent(ours.batched / table.batched)} of it`,
          },
          ...(await foldWorkload(store, context)),
        );
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }

    figures.push(...(await catchUpWorkload(context)));

    const emmett = await emmettWorkloads(context);
    figures.push(
      {
        name: 'event store vs Emmett 0.42: single-event appends (same workload, same server)',
        value: round(ours.single),
        unit: 'appends/s',
        against: { name: 'Emmett PostgreSQL single-event appends', value: round(emmett.single), unit: 'appends/s' },
        target: { text: '>= 2x Emmett', met: ours.single >= 2 * emmett.single },
        note: `${round(ours.single / emmett.single, 2)}x Emmett's rate`,
      },
      {
        name: 'event store vs Emmett 0.42: 100-event appends (same workload, same server)',
        value: round(ours.batched),
        unit: 'events/s',
        against: { name: 'Emmett PostgreSQL 100-event appends', value: round(emmett.batched), unit: 'events/s' },
        target: { text: '>= 2x Emmett', met: ours.batched >= 2 * emmett.batched },
        note: `${round(ours.batched / emmett.batched, 2)}x Emmett's rate`,
      },
    );
    return figures;
  },
};
