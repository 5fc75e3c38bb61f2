import type { PreparedAppend } from '../event-envelope';
import type { EventMetadata, ExpectedVersion, LogPosition, RecordedEvent } from '../event-store.port';
import { ADVISORY_LOCK } from './postgres-event-store.schema';

/** `prepare` of a checkpoint that covers a whole transaction id. */
export const MAX_POSITION = 9_223_372_036_854_775_807n;

// Times as epoch milliseconds: as cheap for the server as timestamptz text, and far cheaper to turn into a Date.
// metadata comes as text, parsed on first use: folds rarely look at it, and parsing it was a third of their time.
// stream_id is last so that stream reads, which know it, can leave it out.
const STREAM_EVENT_COLUMNS = `e.event_id, e.type, e.stream_version::float8, e.global_position::text,
  e.transaction_id::text, date_part('epoch', e.occurred_at) * 1000, date_part('epoch', e.recorded_at) * 1000,
  e.data, e.metadata::text`;
const EVENT_COLUMNS = `${STREAM_EVENT_COLUMNS}, e.stream_id`;

/**
 * Maps the columns of {@link EVENT_COLUMNS} (selected with `rowMode: 'array'`, starting at `offset`) to an event;
 * `streamId` stands in for the stream_id column when the query left it out.
 * pg has already parsed them: uuid and text as strings, float8 as numbers, json as objects.
 */
export function toRecordedEvent(row: readonly unknown[], offset = 0, streamId?: string): RecordedEvent {
  const globalPosition = BigInt(row[offset + 3] as string);
  const metadataJson = row[offset + 8] as string;
  let metadata: EventMetadata | undefined;
  return {
    eventId: row[offset] as string,
    type: row[offset + 1] as string,
    streamId: streamId ?? (row[offset + 9] as string),
    streamVersion: row[offset + 2] as number,
    globalPosition,
    logPosition: { commit: BigInt(row[offset + 4] as string), prepare: globalPosition },
    occurredAt: new Date(Math.round(row[offset + 5] as number)),
    recordedAt: new Date(Math.round(row[offset + 6] as number)),
    data: row[offset + 7] as Record<string, unknown>,
    get metadata(): EventMetadata {
      metadata ??= JSON.parse(metadataJson) as EventMetadata;
      return metadata;
    },
  };
}

export const APPEND_SQL = {
  name: 'event_store.append',
  text: 'SELECT * FROM event_store.append_to_stream($1, $2, $3, $4, $5)',
};

export interface AppendRow {
  r_outcome: 'appended' | 'duplicate' | 'duplicate_event_id' | 'wrong_expected_version' | 'tenant_mismatch';
  r_stream_version: string;
  r_transaction_id: string | null;
  r_last_position: string | null;
  r_stream_tenant_id: string | null;
}

/**
 * A page of a stream. Read from the stream's row, so that one round trip also tells a stream that does not exist (no
 * row) from one with no events in the range (one row of nulls).
 */
export const READ_STREAM_SQL = {
  name: 'event_store.read_stream',
  text: `SELECT ${STREAM_EVENT_COLUMNS}
    FROM event_store.streams s
    LEFT JOIN LATERAL (
      SELECT * FROM event_store.events e
      WHERE e.stream_id = s.stream_id AND e.stream_version >= $2 AND e.stream_version <= $3 AND e.recorded_at <= $4
      ORDER BY e.stream_version
      LIMIT $5
    ) e ON true
    WHERE s.stream_id = $1
    ORDER BY e.stream_version`,
};

/**
 * One batch in delivery order, below the read horizon: the oldest appending transaction that was still running when
 * the statement's snapshot was taken (or the snapshot's xmax when none was). Anything at or above it may still
 * commit, and could otherwise land behind the reader's checkpoint; every append below it has finished.
 *
 * Only appenders count (ADR 0011). A running transaction id is passed over when one reading of the lock table shows
 * the process that holds the lock on that id holding no append lock of this database: an appender takes that lock
 * before it has an id and releases it after the lock on its id (advisory locks go last), and append_to_stream refuses
 * a transaction that has an id without it. A transaction that ended before the lock table was read, or that the table
 * does not show, counts: doubt only delays. Holders are matched by pid, never by virtualtransaction, which pg_locks
 * reads from the live process while it commits (the gap test lost events with it). So a projection's or an inbox's
 * write transaction, or one in another database, no longer holds readers back.
 * The horizon comes back on every row (and alone when there is none).
 */
export const READ_ALL_SQL = {
  name: 'event_store.read_all',
  text: `WITH snapshot AS MATERIALIZED (SELECT pg_current_snapshot() AS s),
    running AS MATERIALIZED (
      SELECT x FROM snapshot, pg_snapshot_xip(snapshot.s) x
    ),
    locks AS MATERIALIZED (
      SELECT l.locktype, l.database, l.classid, l.objsubid, l.pid, l.transactionid, l.mode, l.granted
      FROM pg_locks l
      WHERE EXISTS (SELECT 1 FROM running)
        AND (l.locktype = 'transactionid' OR (l.locktype = 'advisory' AND l.classid = ${ADVISORY_LOCK.streamAppend}))
    ),
    not_appending AS MATERIALIZED (
      SELECT own.transactionid AS xid FROM locks own
      WHERE own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock' AND own.granted AND own.pid IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM locks a
          WHERE a.locktype = 'advisory' AND a.objsubid = 2 AND a.pid = own.pid
            AND a.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
        )
    ),
    horizon AS MATERIALIZED (
      SELECT coalesce(
        (SELECT r.x FROM running r WHERE r.x::xid NOT IN (SELECT n.xid FROM not_appending n) ORDER BY r.x LIMIT 1),
        (SELECT pg_snapshot_xmax(snapshot.s) FROM snapshot)) AS xid
    )
    SELECT h.xid::text, ${EVENT_COLUMNS}
    FROM horizon h
    LEFT JOIN LATERAL (
      SELECT * FROM event_store.events e
      WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
        AND e.transaction_id < h.xid
        AND ($4::text[] IS NULL OR e.category = ANY ($4::text[]))
      ORDER BY e.transaction_id, e.global_position
      LIMIT $3
    ) e ON true`,
};

export function readAllValues(after: LogPosition, batchSize: number, categories: readonly string[] | undefined) {
  return [after.commit.toString(), after.prepare.toString(), batchSize, categories ?? null];
}

export const READ_CHECKPOINT_SQL = {
  name: 'event_store.read_checkpoint',
  text: `SELECT commit_position::text, prepare_position::text FROM event_store.checkpoints WHERE subscription_id = $1`,
};

/**
 * Saves a subscription's checkpoint, as text to send with other statements in one round trip: `subscription` is an
 * escaped literal, the positions are integers.
 */
export function saveCheckpointStatement(subscription: string, commit: bigint, prepare: bigint): string {
  return `INSERT INTO event_store.checkpoints (subscription_id, commit_position, prepare_position, updated_at)
    VALUES (${subscription}, ${commit.toString()}, ${prepare.toString()}, now())
    ON CONFLICT (subscription_id) DO UPDATE
    SET commit_position = excluded.commit_position, prepare_position = excluded.prepare_position,
        updated_at = excluded.updated_at`;
}

/**
 * The events as the JSON array append_to_stream reads. Built by hand because a batch usually shares one metadata
 * object and one occurredAt, which are then serialised once (half the cost of an append of 100 events in Node).
 */
export function toEventsJson(prepared: PreparedAppend): string {
  const metadataJson = new Map<object, string>();
  const isoTimes = new Map<number, string>();
  const parts: string[] = [];
  for (const event of prepared.events) {
    let metadata = metadataJson.get(event.metadata);
    if (metadata === undefined) {
      metadata = JSON.stringify(event.metadata);
      metadataJson.set(event.metadata, metadata);
    }
    const time = event.occurredAt.getTime();
    let occurredAt = isoTimes.get(time);
    if (occurredAt === undefined) {
      occurredAt = event.occurredAt.toISOString();
      isoTimes.set(time, occurredAt);
    }
    // Event ids are checked UUIDs and ISO times need no escaping.
    parts.push(
      `{"event_id":"${event.eventId}","type":${JSON.stringify(event.type)},"occurred_at":"${occurredAt}",` +
        `"metadata":${metadata},"data":${JSON.stringify(event.data)}}`,
    );
  }
  return `[${parts.join(',')}]`;
}

/** The expected version as append_to_stream takes it: a version, or 0, -1, -2 for no_stream, any, stream_exists. */
export function encodeExpectedVersion(expected: ExpectedVersion): number {
  if (typeof expected === 'number') return expected;
  switch (expected) {
    case 'no_stream':
      return 0;
    case 'any':
      return -1;
    case 'stream_exists':
      return -2;
    default: {
      const unknownMode: never = expected;
      throw new Error(`Unknown expected version ${String(unknownMode)}`);
    }
  }
}
