import type { SqlTransaction } from '@casemgmt/event-store';
import { canonicalEventOf, chainHash, GENESIS_HASH, type CanonicalEvent, type ChainEvent } from './chain-hash';

/** What {@link appendToChain} did with an event. */
export type ChainAppend =
  | { readonly appended: true; readonly sequence: number; readonly hash: string }
  | { readonly appended: false; readonly sequence: number };

/**
 * Appends an event to its tenant's hash chain inside the handler's transaction. The tenant's chain is locked until
 * that transaction ends, so concurrent consumers (Kafka partitions, replicas) append one after the other; an event
 * already in the chain is left alone, whichever consumer or inbox delivered it before.
 */
export async function appendToChain(tx: SqlTransaction, event: ChainEvent): Promise<ChainAppend> {
  const [appended] = await appendManyToChain(tx, [event]);
  return appended as ChainAppend;
}

/**
 * Appends events to their tenants' chains in the order given, with the effect of {@link appendToChain} on each in
 * turn, in three statements per tenant: lock, read the chain's head and which of the events it holds, insert the
 * new entries. Tenants are locked in name order, so two consumers whose runs span the same tenants cannot deadlock.
 */
export async function appendManyToChain(tx: SqlTransaction, events: readonly ChainEvent[]): Promise<ChainAppend[]> {
  const byTenant = new Map<string, number[]>();
  events.forEach((event, index) => {
    const indexes = byTenant.get(event.metadata.tenantId) ?? [];
    indexes.push(index);
    byTenant.set(event.metadata.tenantId, indexes);
  });
  const tenants = [...byTenant.keys()].sort();
  await tx.query(
    "SELECT pg_advisory_xact_lock(hashtext('audit.chain'), hashtext(tenant)) FROM unnest($1::text[]) AS tenant ORDER BY tenant",
    [tenants],
  );
  const results: ChainAppend[] = new Array<ChainAppend>(events.length);
  for (const tenantId of tenants) {
    const indexes = byTenant.get(tenantId) ?? [];
    const tenantEvents = indexes.map((index) => events[index] as ChainEvent);
    const appended = await appendTenantEvents(tx, tenantId, tenantEvents);
    indexes.forEach((index, position) => {
      results[index] = appended[position] as ChainAppend;
    });
  }
  return results;
}

interface ChainState extends Record<string, unknown> {
  readonly last_sequence: string | null;
  readonly last_hash: string | null;
  readonly held: Record<string, string> | null;
}

/** Appends one tenant's events; the caller holds the tenant's chain lock. */
async function appendTenantEvents(
  tx: SqlTransaction,
  tenantId: string,
  events: readonly ChainEvent[],
): Promise<ChainAppend[]> {
  const eventIds = events.map((event) => event.eventId.toLowerCase());
  // bigint arrives as a string: casting it to text in SQL would make ORDER BY sort text ('9' after '10').
  const {
    rows: [state],
  } = await tx.query<ChainState>(
    `SELECT last.sequence::text AS last_sequence, last.hash AS last_hash,
       (SELECT json_object_agg(e.event_id, e.sequence::text) FROM audit.entries e
        WHERE e.tenant_id = $1 AND e.event_id = ANY ($2::uuid[])) AS held
     FROM (SELECT 1) one
     LEFT JOIN LATERAL (
       SELECT e.sequence, e.hash FROM audit.entries e WHERE e.tenant_id = $1 ORDER BY e.sequence DESC LIMIT 1
     ) last ON true`,
    [tenantId, eventIds],
  );
  const held = new Map(Object.entries(state?.held ?? {}).map(([eventId, sequence]) => [eventId, Number(sequence)]));
  let sequence = state?.last_sequence ? Number(state.last_sequence) : 0;
  let previousHash = state?.last_hash ?? GENESIS_HASH;
  const results: ChainAppend[] = [];
  const entries: ChainRow[] = [];
  events.forEach((event, index) => {
    const eventId = eventIds[index] as string;
    const heldAt = held.get(eventId);
    if (heldAt !== undefined) {
      results.push({ appended: false, sequence: heldAt });
      return;
    }
    const canonical = canonicalEventOf(event);
    const hash = chainHash(previousHash, canonical);
    sequence += 1;
    entries.push(chainRow(tenantId, sequence, event.service, canonical, previousHash, hash));
    results.push({ appended: true, sequence, hash });
    held.set(eventId, sequence);
    previousHash = hash;
  });
  if (entries.length > 0) {
    await tx.query(
      `INSERT INTO audit.entries (tenant_id, sequence, event_id, published_type, service, stream_id, stream_version,
         occurred_at, recorded_at, case_id, client_id, actor, event, previous_hash, hash)
       SELECT tenant_id, sequence, event_id, published_type, service, stream_id, stream_version,
         occurred_at, recorded_at, case_id, client_id, actor, event, previous_hash, hash
       FROM jsonb_to_recordset($1::jsonb) AS r(tenant_id text, sequence bigint, event_id uuid, published_type text,
         service text, stream_id text, stream_version integer, occurred_at timestamptz, recorded_at timestamptz,
         case_id text, client_id text, actor jsonb, event jsonb, previous_hash text, hash text)
       ORDER BY sequence`,
      [JSON.stringify(entries)],
    );
  }
  return results;
}

interface ChainRow {
  readonly tenant_id: string;
  readonly sequence: number;
  readonly event_id: string;
  readonly published_type: string;
  readonly service: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly occurred_at: string;
  readonly recorded_at: string;
  readonly case_id: string | null;
  readonly client_id: string | null;
  readonly actor: unknown;
  readonly event: CanonicalEvent;
  readonly previous_hash: string;
  readonly hash: string;
}

function chainRow(
  tenantId: string,
  sequence: number,
  service: string,
  canonical: CanonicalEvent,
  previousHash: string,
  hash: string,
): ChainRow {
  const { metadata } = canonical;
  return {
    tenant_id: tenantId,
    sequence,
    event_id: canonical.eventId,
    published_type: canonical.type,
    service,
    stream_id: canonical.streamId,
    stream_version: canonical.streamVersion,
    occurred_at: canonical.occurredAt,
    recorded_at: canonical.recordedAt,
    case_id: metadata.caseId ?? null,
    client_id: metadata.clientId ?? null,
    actor: metadata.actor,
    event: canonical,
    previous_hash: previousHash,
    hash,
  };
}
