import type { SqlTransaction } from '@casemgmt/event-store';
import type { IncomingEvent } from '../incoming-event';

/**
 * Records that `consumer` handles `eventId`, in `tx`. False when a row was already there: the event was handled
 * before (a redelivery), and the caller must not apply it again.
 */
export async function claimInbox(tx: SqlTransaction, consumer: string, eventId: string): Promise<boolean> {
  const { rowCount } = await tx.query(
    'INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [consumer, eventId],
  );
  return rowCount === 1;
}

/**
 * Claims inbox rows for `eventIds` in one statement; answers, in order, whether each was new. An id given twice is
 * new at most once, as if claimed one at a time.
 */
export async function claimInboxMany(
  tx: SqlTransaction,
  consumer: string,
  eventIds: readonly string[],
): Promise<boolean[]> {
  const { rows } = await tx.query<{ event_id: string }>(
    `INSERT INTO messaging.inbox (consumer, event_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventIds],
  );
  const claimed = new Set(rows.map((row) => row.event_id.toLowerCase()));
  return eventIds.map((eventId) => claimed.delete(eventId.toLowerCase()));
}

export interface DeadLetter {
  readonly consumer: string;
  readonly event: IncomingEvent;
  readonly error: string;
  readonly errorClass: string;
  readonly attempts: number;
}

/** Keeps an event a store-subscription consumer gave up on, with why, in `tx`. */
export async function recordDeadLetter(tx: SqlTransaction, deadLetter: DeadLetter): Promise<void> {
  const { event } = deadLetter;
  await tx.query(
    `INSERT INTO messaging.dead_letters (consumer, event_id, event_type, stream_id, error, error_class, attempts, event)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      deadLetter.consumer,
      event.eventId,
      event.type,
      event.streamId,
      deadLetter.error,
      deadLetter.errorClass,
      deadLetter.attempts,
      JSON.stringify({
        type: event.type,
        eventId: event.eventId,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        globalPosition: event.globalPosition.toString(),
        occurredAt: event.occurredAt.toISOString(),
        recordedAt: event.recordedAt.toISOString(),
        data: event.data,
        metadata: event.metadata,
      }),
    ],
  );
}
