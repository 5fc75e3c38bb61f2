import type { Pool } from 'pg';
import { LOG_START, type LogPosition } from '@casemgmt/event-store';
import type { RelayLagProbe } from '../metrics/messaging.metrics';

// The event store port has no "how far behind is this subscription" question yet, so the probe asks the PostgreSQL
// adapter's tables directly (ADR 0006). It counts the service's events after the relay's saved checkpoint.
const LAG_SQL = `
  WITH saved AS (
    SELECT commit_position, prepare_position FROM event_store.checkpoints WHERE subscription_id = $2
    UNION ALL
    SELECT $3::bigint, $4::bigint WHERE NOT EXISTS (SELECT 1 FROM event_store.checkpoints WHERE subscription_id = $2)
  )
  SELECT count(*)::float8 AS lag
  FROM saved c, event_store.events e
  WHERE (e.transaction_id, e.global_position) > (c.commit_position::text::xid8, c.prepare_position)
    AND e.category = ANY ($1::text[])`;

/** Lag of a relay on the PostgreSQL event store: events of `categories` after its checkpoint. */
export function postgresRelayLagProbe(
  pool: Pool,
  subscriptionId: string,
  categories: readonly string[],
  from: LogPosition = LOG_START,
): RelayLagProbe {
  return async () => {
    const { rows } = await pool.query<{ lag: number }>(LAG_SQL, [
      [...categories],
      subscriptionId,
      from.commit.toString(),
      from.prepare.toString(),
    ]);
    return rows[0]?.lag ?? 0;
  };
}
