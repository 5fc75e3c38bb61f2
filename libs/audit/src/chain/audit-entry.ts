import type { Pool } from 'pg';

/** One row of `audit.entries`, as read back. `event` is the canonical event the hash covers. */
export interface AuditEntry {
  readonly tenantId: string;
  readonly sequence: number;
  readonly eventId: string;
  readonly publishedType: string;
  readonly service: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly caseId: string | null;
  readonly clientId: string | null;
  readonly actor: unknown;
  readonly event: unknown;
  readonly previousHash: string;
  readonly hash: string;
}

interface EntryRow extends Record<string, unknown> {
  readonly tenant_id: string;
  readonly sequence: string;
  readonly event_id: string;
  readonly published_type: string;
  readonly service: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly occurred_at: Date;
  readonly recorded_at: Date;
  readonly case_id: string | null;
  readonly client_id: string | null;
  readonly actor: unknown;
  readonly event: unknown;
  readonly previous_hash: string;
  readonly hash: string;
}

const ENTRY_COLUMNS = `tenant_id, sequence, event_id, published_type, service, stream_id, stream_version,
  occurred_at, recorded_at, case_id, client_id, actor, event, previous_hash, hash`;

/** A page of a tenant's chain in sequence order, after `afterSequence` (0: from the start). */
export async function readChainPage(
  pool: Pool,
  tenantId: string,
  afterSequence: number,
  limit: number,
): Promise<AuditEntry[]> {
  const { rows } = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries WHERE tenant_id = $1 AND sequence > $2 ORDER BY sequence LIMIT $3`,
    [tenantId, afterSequence, limit],
  );
  return rows.map(toAuditEntry);
}

/** The entries of a case in chain order: those naming it in their metadata, and those of its own stream. */
export async function readCaseEntries(
  pool: Pool,
  tenantId: string,
  caseId: string,
  caseStreamId: string,
): Promise<AuditEntry[]> {
  const { rows } = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries
      WHERE tenant_id = $1 AND (case_id = $2 OR stream_id = $3) ORDER BY sequence`,
    [tenantId, caseId, caseStreamId],
  );
  return rows.map(toAuditEntry);
}

/** The entries of one stream recorded (or, by `basis`, occurred) at or before `asOf`, in stream order. */
export async function readStreamEntriesAsOf(
  pool: Pool,
  tenantId: string,
  streamId: string,
  asOf: Date,
  basis: 'recorded' | 'occurred',
): Promise<AuditEntry[]> {
  const column = basis === 'occurred' ? 'occurred_at' : 'recorded_at';
  const { rows } = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries
      WHERE tenant_id = $1 AND stream_id = $2 AND ${column} <= $3 ORDER BY stream_version, sequence`,
    [tenantId, streamId, asOf],
  );
  return rows.map(toAuditEntry);
}

/**
 * The entries of a case's streams in one category (e.g. its referrals, `referral.referral`) recorded (or, by
 * `basis`, occurred) at or before `asOf`, in chain order. A stream belongs to the case its events name in their
 * metadata, the column the timeline reads too.
 */
export async function readCaseCategoryEntriesAsOf(
  pool: Pool,
  tenantId: string,
  caseId: string,
  category: string,
  asOf: Date,
  basis: 'recorded' | 'occurred',
): Promise<AuditEntry[]> {
  const column = basis === 'occurred' ? 'occurred_at' : 'recorded_at';
  const { rows } = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries
      WHERE tenant_id = $1 AND case_id = $2 AND starts_with(stream_id, $3) AND ${column} <= $4 ORDER BY sequence`,
    [tenantId, caseId, `${category}-`, asOf],
  );
  return rows.map(toAuditEntry);
}

/**
 * A page of a tenant's entries that name a case, case by case and in chain order within each, after the position
 * `after` (null: from the start) and up to `upToSequence`: keyset pages on the `entries_by_case` index, so a page
 * costs the same wherever it starts.
 */
export async function readCaseEntriesPage(
  pool: Pool,
  tenantId: string,
  upToSequence: number,
  after: { readonly caseId: string; readonly sequence: number } | null,
  limit: number,
): Promise<AuditEntry[]> {
  const { rows } = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries
      WHERE tenant_id = $1 AND case_id IS NOT NULL AND sequence <= $2
        AND ($3::text IS NULL OR (case_id, sequence) > ($3::text, $4::bigint))
      ORDER BY case_id, sequence LIMIT $5`,
    [tenantId, upToSequence, after?.caseId ?? null, after?.sequence ?? 0, limit],
  );
  return rows.map(toAuditEntry);
}

function toAuditEntry(row: EntryRow): AuditEntry {
  return {
    tenantId: row.tenant_id,
    sequence: Number(row.sequence),
    eventId: row.event_id,
    publishedType: row.published_type,
    service: row.service,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    caseId: row.case_id,
    clientId: row.client_id,
    actor: row.actor,
    event: row.event,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
