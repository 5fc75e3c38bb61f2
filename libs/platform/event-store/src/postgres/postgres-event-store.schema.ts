import { migrateSchema, type SchemaMigration } from '@casemgmt/kernel';
import type { Pool } from 'pg';

/** Advisory lock classes of the library (two-int form, so they cannot meet one-bigint locks of other code). */
export const ADVISORY_LOCK = { streamAppend: 7002, subscription: 7003 } as const;

const CREATE_TABLES = `
-- Stream ids and categories are identifiers: byte order ("C") compares them with memcmp, not the locale.
CREATE TABLE event_store.streams (
  stream_id   text COLLATE "C" PRIMARY KEY,
  category    text COLLATE "C" NOT NULL,
  tenant_id   text NOT NULL,
  metadata    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz NOT NULL
);

-- data and metadata are json, not jsonb: stored as the text the writer sent (validated, not re-encoded), which is
-- cheaper to write and to read back, and keeps the bytes an auditor may hash. Cast to jsonb to query into them.
CREATE TABLE event_store.events (
  global_position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  stream_id       text COLLATE "C" NOT NULL,
  stream_version  bigint NOT NULL,
  category        text COLLATE "C" NOT NULL,
  type            text NOT NULL,
  tenant_id       text NOT NULL,
  data            json NOT NULL,
  metadata        json NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL,
  -- the delivery order of readers (ADR 0005), so the catch-up read is one index range scan
  CONSTRAINT events_pkey PRIMARY KEY (transaction_id, global_position),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  -- stream reads, and the current version of a stream (its last entry)
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
);

CREATE TABLE event_store.checkpoints (
  subscription_id  text PRIMARY KEY,
  commit_position  bigint NOT NULL,
  prepare_position bigint NOT NULL,
  updated_at       timestamptz NOT NULL
);
`;

// Outcomes are returned, not raised, so the common refusals cost no subtransaction and no exception. The stream's
// version is read from the last entry of events_stream_version_key rather than kept in a streams column: one write
// per appended event and none per append (the streams row is written once, when the stream is created).
const CREATE_APPEND_FUNCTION = `
CREATE FUNCTION event_store.append_to_stream(
  p_stream_id        text,
  p_category         text,
  p_tenant_id        text,
  p_expected_version bigint,  -- >= 0: exact (0: no stream); -1: any; -2: stream exists
  p_events           json,    -- [{ event_id, type, data, metadata, occurred_at }]
  OUT r_outcome          text,
  OUT r_stream_version   bigint,
  OUT r_transaction_id   xid8,
  OUT r_last_position    bigint,
  OUT r_stream_tenant_id text
)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count       bigint;
  v_current     bigint;
  v_first_found bigint;
  v_matched     bigint;
  v_recorded_at timestamptz;
BEGIN
  -- One append per stream at a time. The transaction takes its id only after this lock, so a later version of a
  -- stream always has a later transaction id, which the delivery order relies on (ADR 0005).
  PERFORM pg_advisory_xact_lock(${ADVISORY_LOCK.streamAppend}, hashtext(p_stream_id));

  SELECT e.stream_version, e.tenant_id INTO v_current, r_stream_tenant_id
  FROM event_store.events e WHERE e.stream_id = p_stream_id ORDER BY e.stream_version DESC LIMIT 1;
  v_current := coalesce(v_current, 0);
  r_stream_version := v_current;

  -- A retry of an append that already committed would fail the version check (or, with 'any', append twice):
  -- answer it with the original result instead.
  -- (json is re-parsed by every operator applied to it: the fast path below parses p_events once.)
  IF p_expected_version < 0 OR p_expected_version <> v_current THEN
    SELECT e.stream_version INTO v_first_found
    FROM event_store.events e WHERE e.event_id = (p_events -> 0 ->> 'event_id')::uuid AND e.stream_id = p_stream_id;
    IF FOUND THEN
      v_count := json_array_length(p_events);
      SELECT count(*) INTO v_matched
      FROM json_array_elements(p_events) WITH ORDINALITY AS x(ev, n)
      JOIN event_store.events e ON e.event_id = (x.ev ->> 'event_id')::uuid
      WHERE e.stream_id = p_stream_id AND e.stream_version = v_first_found + x.n - 1;
      IF v_matched = v_count THEN
        r_outcome := 'duplicate';
        SELECT e.stream_version, e.transaction_id, e.global_position
        INTO r_stream_version, r_transaction_id, r_last_position
        FROM event_store.events e WHERE e.stream_id = p_stream_id AND e.stream_version = v_first_found + v_count - 1;
      ELSE
        r_outcome := 'duplicate_event_id';
      END IF;
      RETURN;
    END IF;
  END IF;

  IF (p_expected_version >= 0 AND p_expected_version <> v_current) OR (p_expected_version = -2 AND v_current = 0) THEN
    r_outcome := 'wrong_expected_version';
    RETURN;
  END IF;
  IF r_stream_tenant_id IS NOT NULL AND r_stream_tenant_id <> p_tenant_id THEN
    r_outcome := 'tenant_mismatch';
    RETURN;
  END IF;

  -- Milliseconds, as JavaScript dates carry: an "as of" read at an event's recordedAt then includes that event.
  v_recorded_at := date_trunc('milliseconds', clock_timestamp());
  IF v_current = 0 THEN
    INSERT INTO event_store.streams (stream_id, category, tenant_id, created_at)
    VALUES (p_stream_id, p_category, p_tenant_id, v_recorded_at)
    ON CONFLICT (stream_id) DO NOTHING;
  END IF;

  WITH inserted AS (
    INSERT INTO event_store.events
      (event_id, stream_id, stream_version, category, type, tenant_id, data, metadata, occurred_at, recorded_at)
    SELECT x.event_id, p_stream_id, v_current + x.n, p_category, x.type, p_tenant_id, x.data, x.metadata,
           x.occurred_at, v_recorded_at
    FROM ROWS FROM (
      json_to_recordset(p_events) AS (event_id uuid, type text, data json, metadata json, occurred_at timestamptz)
    ) WITH ORDINALITY AS x(event_id, type, data, metadata, occurred_at, n)
    ORDER BY x.n
    RETURNING global_position
  )
  SELECT max(i.global_position), count(*) INTO r_last_position, v_count FROM inserted i;

  r_outcome := 'appended';
  r_stream_version := v_current + v_count;
  r_transaction_id := pg_current_xact_id();
  r_stream_tenant_id := p_tenant_id;
END;
$fn$;
`;

const STREAM_LOCK = `  PERFORM pg_advisory_xact_lock(${ADVISORY_LOCK.streamAppend}, hashtext(p_stream_id));
`;

/**
 * Readers count only appending transactions in their horizon (ADR 0011): a transaction is an appender when it holds
 * an append lock, which it takes before it has a transaction id. A transaction that already has an id without
 * holding one (it wrote something else first) could append behind a reader that had passed it by: refused.
 * `event_store.appending` marks a transaction that passed this check, for its further appends.
 */
const APPEND_FIRST = `${STREAM_LOCK}
  IF pg_current_xact_id_if_assigned() IS NOT NULL
     AND current_setting('event_store.appending', true) IS DISTINCT FROM 'on' THEN
    RAISE EXCEPTION 'event_store.append_to_stream must be the first write of its transaction'
      USING ERRCODE = 'active_sql_transaction',
            HINT = 'Append before writing anything else in the transaction, or append in a transaction of its own.';
  END IF;
  PERFORM set_config('event_store.appending', 'on', true);
`;

if (!CREATE_APPEND_FUNCTION.includes(STREAM_LOCK)) throw new Error('append_to_stream no longer takes its stream lock');
const APPEND_FIRST_FUNCTION = CREATE_APPEND_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(
  STREAM_LOCK,
  APPEND_FIRST,
);

/** The schema's history; append new versions, never edit applied ones. */
export const EVENT_STORE_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'streams, events and checkpoints', sql: CREATE_TABLES },
  { version: 2, name: 'append_to_stream function', sql: CREATE_APPEND_FUNCTION },
  { version: 3, name: 'appends come first in their transaction', sql: APPEND_FIRST_FUNCTION },
];

/**
 * Brings the `event_store` schema up to date (through the kernel's migrator: safe from many processes at once).
 * Returns the versions this call applied.
 */
export function migrateEventStoreSchema(
  pool: Pool,
  migrations: readonly SchemaMigration[] = EVENT_STORE_MIGRATIONS,
): Promise<number[]> {
  return migrateSchema(pool, 'event_store', migrations);
}
