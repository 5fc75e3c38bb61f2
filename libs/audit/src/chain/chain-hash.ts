import { createHash } from 'node:crypto';
import type { EventMetadata } from '@casemgmt/event-store';
import type { IncomingEvent } from '@casemgmt/messaging';
import { canonicalJson } from './canonical-json';

/** The previous hash of the first entry of every tenant's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The event as the chain holds and hashes it: the envelope fields, data and metadata, times as ISO strings. */
export interface CanonicalEvent {
  readonly eventId: string;
  /** The published type, e.g. `intake.CaseOpened.v1`. */
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

/** What the chain keeps of an event: an incoming one, or a record the audit service writes itself (its reads). */
export type ChainEvent = Pick<
  IncomingEvent,
  'eventId' | 'type' | 'service' | 'streamId' | 'streamVersion' | 'occurredAt' | 'recordedAt' | 'data' | 'metadata'
>;

/**
 * The canonical copy of an incoming event. Metadata keeps the fields of the envelope (DESIGN §4) and nothing else:
 * Kafka headers carry exactly those, so both deployment shapes build the same entry from the same event.
 */
export function canonicalEventOf(event: ChainEvent): CanonicalEvent {
  return {
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
    metadata: envelopeMetadata(event.metadata),
  };
}

/** sha256, hex, of the previous entry's hash, a newline, and the canonical JSON of the event. */
export function chainHash(previousHash: string, canonicalEvent: unknown): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalJson(canonicalEvent)}`, 'utf8')
    .digest('hex');
}

function envelopeMetadata(metadata: EventMetadata): EventMetadata {
  const { actor } = metadata;
  return {
    tenantId: metadata.tenantId,
    actor: { id: actor.id, role: actor.role, ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}) },
    correlationId: metadata.correlationId,
    ...present('causationId', metadata.causationId),
    ...present('caseId', metadata.caseId),
    ...present('clientId', metadata.clientId),
    ...present('reason', metadata.reason),
    ...present('traceparent', metadata.traceparent),
  };
}

function present<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]: string });
}
