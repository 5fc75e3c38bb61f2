import { v7 as uuidv7 } from 'uuid';
import { EventStoreError } from './event-store.errors';
import type { DomainEvent, EventMetadata, ExpectedVersion, NewEvent } from './event-store.port';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event ready to store: every envelope field the caller may give is filled in. */
export interface PreparedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: object;
  readonly metadata: EventMetadata;
  readonly occurredAt: Date;
}

export interface PreparedAppend {
  readonly streamId: string;
  readonly category: string;
  readonly tenantId: string;
  readonly events: readonly PreparedEvent[];
}

/**
 * The category of a stream `<service>.<aggregate>-<id>`: everything before the first `-` that follows the first `.`
 * (`intake.case-0190...` -> `intake.case`, `care-plan.plan-0190...` -> `care-plan.plan`). Service names may contain
 * dashes; aggregate names may not.
 */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-', streamId.indexOf('.') + 1);
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

/** Checks an append and fills in event ids (UUIDv7) and `occurredAt`; throws `EVENT_STORE.INVALID_APPEND`. */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent<DomainEvent>[],
  expectedVersion: ExpectedVersion,
  now: Date = new Date(),
): PreparedAppend {
  const invalid = (reason: string) => EventStoreError.invalidAppend(streamId, reason);
  if (typeof streamId !== 'string' || streamId.trim() === '' || streamId.startsWith('$')) {
    throw invalid('the stream id must be a non-empty string not starting with $');
  }
  assertExpectedVersion(streamId, expectedVersion);
  if (events.length === 0) throw invalid('there are no events to append');
  const tenantId = events[0]?.metadata?.tenantId;
  if (typeof tenantId !== 'string' || tenantId === '') throw invalid('every event needs metadata.tenantId');

  const seen = new Set<string>();
  const prepared = events.map((event, index): PreparedEvent => {
    if (typeof event.type !== 'string' || event.type === '') throw invalid(`event ${index} has no type`);
    if (typeof event.data !== 'object' || event.data === null) throw invalid(`event ${index} has no data object`);
    if (event.metadata?.tenantId !== tenantId) throw invalid('all events of one append must belong to one tenant');
    if (!event.metadata.actor?.id || !event.metadata.correlationId) {
      throw invalid(`event ${index} needs metadata.actor and metadata.correlationId`);
    }
    let normalisedId: string;
    if (event.eventId === undefined) {
      normalisedId = uuidv7();
    } else {
      if (!UUID_PATTERN.test(event.eventId)) throw invalid(`event ${index} has an event id that is not a UUID`);
      normalisedId = event.eventId.toLowerCase();
    }
    if (seen.has(normalisedId)) throw invalid(`event id ${normalisedId} appears twice in one append`);
    seen.add(normalisedId);
    const occurredAt = event.occurredAt ?? now;
    if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
      throw invalid(`event ${index} has an invalid occurredAt`);
    }
    return { eventId: normalisedId, type: event.type, data: event.data, metadata: event.metadata, occurredAt };
  });
  return { streamId, category: categoryOf(streamId), tenantId, events: prepared };
}

function assertExpectedVersion(streamId: string, expected: ExpectedVersion): void {
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw EventStoreError.invalidAppend(streamId, `expected version ${expected} is not a version`);
    }
    return;
  }
  switch (expected) {
    case 'no_stream':
    case 'stream_exists':
    case 'any':
      return;
    default: {
      const unknownMode: never = expected;
      throw EventStoreError.invalidAppend(streamId, `unknown expected version ${String(unknownMode)}`);
    }
  }
}
