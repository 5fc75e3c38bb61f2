// Structural copies of the event store's envelope (`RecordedEvent` and `EventMetadata` of @casemgmt/event-store):
// the testing library imports no workspace library, since every library's specs import it.

/** An event as a decider produces it: a string-literal `type` and its `data`. */
export interface EventUnderTest {
  readonly type: string;
  readonly data: object;
}

export interface RecordedMetadata {
  readonly tenantId: string;
  readonly actor: { readonly id: string; readonly role: string; readonly onBehalfOf?: string };
  readonly correlationId: string;
  readonly causationId?: string;
  readonly caseId?: string;
  readonly clientId?: string;
  readonly reason?: string;
  readonly traceparent?: string;
}

/** What the store records around an event. */
export interface RecordedEnvelope {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: bigint;
  readonly logPosition: { readonly commit: bigint; readonly prepare: bigint };
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly metadata: RecordedMetadata;
}

/** A stored event of the union `E`, with its envelope: the store's `RecordedEvent<E>`. */
export type Recorded<E extends EventUnderTest> = E & RecordedEnvelope;

export interface RecordedEventOptions {
  readonly streamId: string;
  readonly streamVersion: number;
  /** Default: `0190f3a0-0000-7000-8000-<stream version, 12 digits>`. */
  readonly eventId?: string;
  /** Default: the stream version. */
  readonly globalPosition?: bigint;
  /** Default: `{ commit: 1n, prepare: globalPosition }`. */
  readonly logPosition?: { readonly commit: bigint; readonly prepare: bigint };
  /** Default: 2026-02-01T10:00:00Z. */
  readonly occurredAt?: Date;
  /** Default: a second after `occurredAt`'s default, 2026-02-01T10:00:01Z. */
  readonly recordedAt?: Date;
  /** Default: tenant `county-a`, an admin `a`, correlation `c`. */
  readonly metadata?: RecordedMetadata;
}

export const RECORDED_EVENT_METADATA: RecordedMetadata = {
  tenantId: 'county-a',
  actor: { id: 'a', role: 'admin' },
  correlationId: 'c',
};

/** An event as the store delivers it to a projection or a consumer, typed by its own union. */
export function recordedEvent<E extends EventUnderTest>(event: E, options: RecordedEventOptions): Recorded<E> {
  const globalPosition = options.globalPosition ?? BigInt(options.streamVersion);
  return {
    ...event,
    eventId: options.eventId ?? `0190f3a0-0000-7000-8000-${String(options.streamVersion).padStart(12, '0')}`,
    streamId: options.streamId,
    streamVersion: options.streamVersion,
    globalPosition,
    logPosition: options.logPosition ?? { commit: 1n, prepare: globalPosition },
    occurredAt: options.occurredAt ?? new Date('2026-02-01T10:00:00Z'),
    recordedAt: options.recordedAt ?? new Date('2026-02-01T10:00:01Z'),
    metadata: options.metadata ?? RECORDED_EVENT_METADATA,
  };
}
