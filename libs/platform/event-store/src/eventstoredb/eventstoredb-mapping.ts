import {
  ANY,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { PreparedAppend } from '../event-envelope';
import {
  LOG_START,
  type EventMetadata,
  type ExpectedVersion,
  type LogPosition,
  type RecordedEvent,
} from '../event-store.port';

// Our envelope to EventStoreDB's event data and back.

/** What the adapter stores as EventStoreDB event metadata: ours, `occurredAt`, and EventStoreDB's own `$` keys. */
type StoredMetadata = EventMetadata & { occurredAt: string; $correlationId: string; $causationId?: string };

export function toExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  if (typeof expected === 'number') return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default: {
      const unknownMode: never = expected;
      throw new Error(`Unknown expected version ${String(unknownMode)}`);
    }
  }
}

export function toEventData(event: PreparedAppend['events'][number]) {
  const metadata: StoredMetadata = {
    ...event.metadata,
    occurredAt: event.occurredAt.toISOString(),
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId ? { $causationId: event.metadata.causationId } : {}),
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata });
}

export function positionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): LogPosition | undefined {
  const position = resolved.event?.position;
  return position ? { commit: position.commit, prepare: position.prepare } : undefined;
}

/** Our envelope from an EventStoreDB event; undefined for system and non-JSON events. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const stored = resolved.event;
  if (!stored || !stored.isJson || stored.type.startsWith('$') || stored.streamId.startsWith('$')) return undefined;
  const storedMetadata: unknown = stored.metadata;
  if (!isStoredMetadata(storedMetadata)) return undefined;
  const { occurredAt, $correlationId: _correlation, $causationId: _causation, ...metadata } = storedMetadata;
  const logPosition = positionOf(resolved) ?? LOG_START;
  return {
    eventId: stored.id,
    type: stored.type,
    streamId: stored.streamId,
    streamVersion: Number(stored.revision) + 1,
    globalPosition: logPosition.commit,
    logPosition,
    occurredAt: new Date(occurredAt),
    recordedAt: stored.created,
    data: stored.data as Record<string, unknown>,
    metadata,
  };
}

// Events written by other tools into the same server are not ours to deliver.
function isStoredMetadata(value: unknown): value is StoredMetadata {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return false;
  const metadata = value as Record<string, unknown>;
  return typeof metadata['tenantId'] === 'string' && typeof metadata['occurredAt'] === 'string';
}
