import { Client } from 'pg';
import { createPostgresEventStore } from '@casemgmt/event-store';
import type { BenchContext, BenchFigure } from '../bench.types';
import { percent, round } from '../measure';

const CATCH_UP_EVENTS = 1_000_000;
const CATCH_UP_STREAMS = 10_000;
const READ_BATCH = 1_000;

// Bulk-loads valid envelopes with INSERT ... SELECT generate_series: 10 transactions of 100,000 events over 10,000
// streams, UUIDv7-shaped event ids, consecutive versions per stream. The three unique constraints are dropped for
// the load and added back (a sorted index build), leaving exactly the schema the migrations create.
async function loadCatchUpEvents(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO event_store.streams (stream_id, category, tenant_id, created_at)
       SELECT 'bench.case-' || s, 'bench.case', 'tenant-bench', now() FROM generate_series(1, $1) s`,
      [CATCH_UP_STREAMS],
    );
    await client.query(`ALTER TABLE event_store.events DROP CONSTRAINT events_pkey,
      DROP CONSTRAINT events_event_id_key, DROP CONSTRAINT events_stream_version_key`);
    const chunk = 100_000;
    for (let first = 1; first <= CATCH_UP_EVENTS; first += chunk) {
      await client.query(
        `INSERT INTO event_store.events
           (event_id, stream_id, stream_version, category, type, tenant_id, data, metadata, occurred_at, recorded_at)
         SELECT (lpad(to_hex(ms), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid,
                'bench.case-' || s, (i - 1) / $3 + 1, 'bench.case', 'CaseNoteAdded', 'tenant-bench',
                json_build_object('caseId', 'case-' || s, 'contactType', 'home_visit', 'minutes', 45, 'n', i,
                  'note', 'Client reports stable housing; follow up on SNAP renewal.'),
                json_build_object('tenantId', 'tenant-bench', 'actor', json_build_object('id', 'worker-17', 'role', 'case_manager'),
                  'correlationId', h, 'caseId', 'case-' || s),
                now(), date_trunc('milliseconds', now())
         FROM generate_series($1::bigint, $2::bigint) i,
              LATERAL (SELECT md5(i::text) AS h, (i - 1) % $3 + 1 AS s,
                              (extract(epoch FROM now()) * 1000)::bigint AS ms) g`,
        [first, Math.min(first + chunk - 1, CATCH_UP_EVENTS), CATCH_UP_STREAMS],
      );
    }
    await client.query(`ALTER TABLE event_store.events ADD CONSTRAINT events_pkey PRIMARY KEY (transaction_id, global_position),
      ADD CONSTRAINT events_event_id_key UNIQUE (event_id),
      ADD CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)`);
    await client.query('VACUUM (ANALYZE) event_store.events');
  } finally {
    await client.end();
  }
}

/** A catch-up subscription over a million events, against a raw keyset read of the same rows. */
export async function catchUpWorkload(context: BenchContext): Promise<BenchFigure[]> {
  const database = await context.createDatabase('bench_event_store_catch_up');
  try {
    const store = await createPostgresEventStore({ connectionString: database.url, poolSize: 4 });
    try {
      context.log('event-store: bulk-loading 1,000,000 events');
      const loadStarted = Date.now();
      await loadCatchUpEvents(database.url);
      const loadSeconds = (Date.now() - loadStarted) / 1000;

      context.log('event-store: raw keyset read of 1,000,000 events');
      const rawStarted = Date.now();
      let rawRead = 0;
      let lastKey: [string, string] = ['0', '0'];
      for (;;) {
        const { rows } = await store.pool.query<{ xid_text: string; position_text: string }>(
          `SELECT e.*, e.transaction_id::text AS xid_text, e.global_position::text AS position_text FROM event_store.events e
           WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
           ORDER BY transaction_id, global_position LIMIT ${READ_BATCH}`,
          lastKey,
        );
        const last = rows.at(-1);
        if (last === undefined) break;
        rawRead += rows.length;
        lastKey = [last.xid_text, last.position_text];
      }
      const rawRate = rawRead / ((Date.now() - rawStarted) / 1000);

      context.log('event-store: catch-up subscription over 1,000,000 events');
      let handled = 0;
      const subscribeStarted = Date.now();
      await new Promise<void>((resolve) => {
        const subscription = store.subscribe({
          subscriptionId: 'bench-catch-up',
          batchSize: READ_BATCH,
          handler: async (events) => {
            handled += events.length;
            if (handled >= CATCH_UP_EVENTS) setImmediate(() => void subscription.stop().then(resolve));
          },
        });
      });
      const subscribeRate = handled / ((Date.now() - subscribeStarted) / 1000);

      const against = {
        name: 'raw keyset SELECT of the same rows (pg, 1,000-row pages)',
        value: round(rawRate),
        unit: 'events/s',
      };
      const bulkNote = `1,000,000 events bulk-loaded in ${round(loadSeconds, 1)} s with INSERT ... SELECT generate_series (valid envelopes, 10 transactions, 10,000 streams)`;
      return [
        {
          name: 'event store: catch-up subscription over 1,000,000 events (checkpoint per 1,000-event batch)',
          value: round(subscribeRate),
          unit: 'events/s',
          against,
          note: `${percent(subscribeRate / rawRate)} of raw; each batch is one transaction (read, handler, checkpoint); ${bulkNote}`,
        },
      ];
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
}
