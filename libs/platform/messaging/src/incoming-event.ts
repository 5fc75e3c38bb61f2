import type { EventMetadata, LogPosition, SqlTransaction } from '@casemgmt/event-store';

/** Where an incoming event came from. */
export type EventOrigin =
  | {
      readonly kind: 'kafka';
      readonly topic: string;
      readonly partition: number;
      readonly offset: string;
      readonly key: string | null;
    }
  | { readonly kind: 'store'; readonly subscriptionId: string; readonly logPosition: LogPosition };

/** A published event as a handler receives it, whether it came from Kafka or from the event store's subscription. */
export interface IncomingEvent<Data = Readonly<Record<string, unknown>>> {
  /** The published type, e.g. `intake.CaseOpened.v1`. */
  readonly type: string;
  readonly eventId: string;
  readonly service: string;
  /** The CloudEvents source, `/casemgmt/<service>`. */
  readonly source: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: bigint;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly origin: EventOrigin;
}

/**
 * Handles one event inside the transaction that also records it in the inbox: write the effect through `tx` so that
 * both commit together, and a redelivered event finds its inbox row and is not handled again.
 *
 * A handler may also offer `many`, which handles consecutive events of a run in one go (say, one multi-row insert):
 * it must have exactly the effect of calling the handler on each event in turn. Consumers use it when a run of
 * events is handled at once, and fall back to one event at a time when anything in the run fails.
 */
export interface EventHandler {
  (event: IncomingEvent, tx: SqlTransaction): Promise<void>;
  readonly many?: (events: readonly IncomingEvent[], tx: SqlTransaction) => Promise<void>;
}

/** Handlers keyed by published type: `{ 'intake.CaseOpened.v1': async (event, tx) => ... }`. */
export type EventHandlers = Readonly<Record<string, EventHandler>>;
