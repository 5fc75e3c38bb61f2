import type { SqlTransaction } from '@casemgmt/event-store';
import type { IncomingEvent } from '@casemgmt/messaging';
import { canonicalEventOf, chainHash, GENESIS_HASH } from './chain-hash';

/** What {@link appendToChain} did with an event. */
export type ChainAppend =
  | { readonly appended: true; readonly sequence: number; readonly hash: string }
  | { readonly appended: false; readonly sequence: number };

/**
 * Appends an event to its tenant's hash chain inside the handler's transaction. The tenant's chain is locked until
 * that transaction ends, so concurrent consumers (Kafka partitions, replicas) append one after the other; an event
 * already in the chain is left alone, whichever consumer or inbox delivered it before.
 */
export async function appendToChain(tx: SqlTransaction, event: IncomingEvent): Promise<ChainAppend> {
  const tenantId = event.metadata.tenantId;
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('audit.chain'), hashtext($1))", [tenantId]);
  const existing = await tx.query<{ sequence: string }>(
    'SELECT sequence FROM audit.entries WHERE tenant_id = $1 AND event_id = $2',
    [tenantId, event.eventId],
  );
  if (existing.rows[0]) return { appended: false, sequence: Number(existing.rows[0].sequence) };

  // bigint arrives as a string: casting it to text in SQL would make ORDER BY sort text ('9' after '10').
  const last = await tx.query<{ sequence: string; hash: string }>(
    'SELECT sequence, hash FROM audit.entries WHERE tenant_id = $1 ORDER BY sequence DESC LIMIT 1',
    [tenantId],
  );
  const sequence = last.rows[0] ? Number(last.rows[0].sequence) + 1 : 1;
  const previousHash = last.rows[0]?.hash ?? GENESIS_HASH;
  const canonical = canonicalEventOf(event);
  const hash = chainHash(previousHash, canonical);
  const { metadata } = canonical;
  await tx.query(
    `INSERT INTO audit.entries (tenant_id, sequence, event_id, published_type, service, stream_id, stream_version,
       occurred_at, recorded_at, case_id, client_id, actor, event, previous_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      tenantId,
      sequence,
      canonical.eventId,
      canonical.type,
      event.service,
      canonical.streamId,
      canonical.streamVersion,
      canonical.occurredAt,
      canonical.recordedAt,
      metadata.caseId ?? null,
      metadata.clientId ?? null,
      JSON.stringify(metadata.actor),
      JSON.stringify(canonical),
      previousHash,
      hash,
    ],
  );
  return { appended: true, sequence, hash };
}
