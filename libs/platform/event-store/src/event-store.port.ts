/** A domain event as a decider produces it: a string-literal `type` and a JSON-serialisable `data` object. */
export interface DomainEvent {
  readonly type: string;
  readonly data: object;
}

/** The event shape used when the caller does not name its event union. */
export interface AnyDomainEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Who caused an event: the acting user, their role, and whom they acted for, if anyone. */
export interface EventActor {
  readonly id: string;
  readonly role: string;
  readonly onBehalfOf?: string;
}

/** Metadata stored with every event (DESIGN.md §4). */
export interface EventMetadata {
  readonly tenantId: string;
  readonly actor: EventActor;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly caseId?: string;
  readonly clientId?: string;
  /** Why a correction was made, where the event corrects an earlier one. */
  readonly reason?: string;
  /** W3C trace context of the request that caused the event. */
  readonly traceparent?: string;
}

/** An event to append: the domain event with its metadata. `eventId` defaults to a new UUIDv7 and `occurredAt` to now. */
export type NewEvent<E extends DomainEvent = AnyDomainEvent> = E & {
  readonly metadata: EventMetadata;
  readonly eventId?: string;
  readonly occurredAt?: Date;
};

/**
 * Where an event sits in the store's global delivery order: compare `commit` first, then `prepare`
 * (see {@link compareLogPositions}). PostgreSQL: (transaction id, global position); EventStoreDB: its $all position.
 */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** The position before every event. */
export const LOG_START: LogPosition = Object.freeze({ commit: 0n, prepare: 0n });

/** What the store records around a domain event (DESIGN.md §4). */
export interface EventEnvelope {
  readonly eventId: string;
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly streamVersion: number;
  /** Unique position in the store's log; see `logPosition` for the order in which readers receive events. */
  readonly globalPosition: bigint;
  readonly logPosition: LogPosition;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly metadata: EventMetadata;
}

/**
 * A stored event: the domain event with its envelope. For a union `E` it is a union too, narrowed by `type`, and it
 * is an `E` itself, so a decider's `evolve` takes it as it is.
 */
export type RecordedEvent<E extends DomainEvent = AnyDomainEvent> = E & EventEnvelope;

/**
 * What the stream must look like for an append to go ahead: `'no_stream'`, `'stream_exists'`, `'any'`, or the exact
 * version of its last event (0 means the stream does not exist).
 */
export type ExpectedVersion = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  readonly streamId: string;
  /** Version of the stream after the append: the version of its last event. */
  readonly streamVersion: number;
  /** Log position of the last appended event. */
  readonly logPosition: LogPosition;
}

export interface ReadStreamOptions {
  /** First version to read (default 1). */
  readonly fromVersion?: number;
  /** Last version to read, inclusive. */
  readonly toVersion?: number;
  /** Only events recorded at or before this instant: the stream as it stood then. */
  readonly asOf?: Date;
}

export interface AggregateStreamOptions<State, E extends DomainEvent> {
  readonly evolve: (state: State, event: RecordedEvent<E>) => State;
  readonly initialState: () => State;
  readonly toVersion?: number;
  readonly asOf?: Date;
}

export interface AggregateStreamResult<State> {
  readonly state: State;
  /** Version of the last event folded in; 0 when none was. */
  readonly streamVersion: number;
  readonly streamExists: boolean;
}

export interface ReadAllOptions {
  /** Read events after this position (default: from the start). */
  readonly after?: LogPosition;
  /** Only streams of these categories (the part of the stream id before the first `-`). */
  readonly categories?: readonly string[];
  readonly batchSize?: number;
}

export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /** Everything up to here has been read: pass it as `after` next time. */
  readonly checkpoint: LogPosition;
  /** True when fewer than `batchSize` events were ready. */
  readonly caughtUp: boolean;
}

/** The slice of a SQL transaction a subscription handler may use. */
export interface SqlTransaction {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
  ): Promise<{ readonly rows: Row[]; readonly rowCount: number }>;
}

export interface SubscriptionContext {
  readonly subscriptionId: string;
  /** Position up to which the batch completes the subscription; where the adapter keeps no checkpoints, save it. */
  readonly checkpoint: LogPosition;
  /**
   * The open transaction in which the store saves the checkpoint after the handler returns: write the read model
   * here and both commit together. Undefined where the adapter keeps no checkpoints (EventStoreDB).
   */
  readonly transaction: SqlTransaction | undefined;
}

export type SubscriptionHandler = (events: readonly RecordedEvent[], context: SubscriptionContext) => Promise<void>;

export interface SubscribeOptions {
  readonly subscriptionId: string;
  readonly categories?: readonly string[];
  /** Start after this position when the store holds no checkpoint for the subscription. */
  readonly from?: LogPosition;
  readonly batchSize?: number;
  /** Called with each batch; a throw rolls the batch back and it is delivered again after a pause. */
  readonly handler: SubscriptionHandler;
}

export interface Subscription {
  readonly subscriptionId: string;
  /** Lets the batch in hand finish (and commit), then stops. */
  stop(): Promise<void>;
}

/** Retention and legal hold of a stream. */
export interface StreamMetadata {
  /** The stream's events must be kept at least until then. */
  readonly retainUntil?: Date;
  /** While present, nothing in the stream may be deleted, whatever the retention says. */
  readonly legalHold?: { readonly reason: string; readonly placedBy: string; readonly placedAt: Date };
}

/** Rewrites a stored event of an old shape into the current one when it is read; the stored event is not changed. */
export type Upcaster = (event: RecordedEvent) => RecordedEvent;

/** Upcasters keyed by the event type they read. */
export type Upcasters = Readonly<Record<string, Upcaster>>;

export interface BeforeCommitContext {
  readonly streamId: string;
  readonly eventIds: readonly string[];
}

export interface AppendHooks {
  /**
   * Runs after the events are written and before they commit (PostgreSQL), or before they are sent (EventStoreDB);
   * throwing aborts the append and stores nothing. For inline side effects and for fault injection in tests.
   */
  readonly beforeCommit?: (context: BeforeCommitContext) => Promise<void>;
}

export interface EventStoreLogger {
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** The event store port: one contract, several adapters, one conformance suite. */
export interface EventStore {
  /**
   * Appends events atomically. Throws `EVENT_STORE.WRONG_EXPECTED_VERSION` when the stream is not as expected;
   * retrying with the same event ids returns the original result and stores nothing twice.
   */
  appendToStream<E extends DomainEvent>(
    streamId: string,
    events: readonly NewEvent<E>[],
    options: AppendOptions,
  ): Promise<AppendResult>;

  /** Reads a stream forwards, upcast. Throws `EVENT_STORE.STREAM_NOT_FOUND` when it does not exist. */
  readStream<E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<RecordedEvent<E>[]>;

  /** Folds a stream with `evolve`; a missing stream yields the initial state and `streamExists: false`. */
  aggregateStream<State, E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options: AggregateStreamOptions<State, E>,
  ): Promise<AggregateStreamResult<State>>;

  /** Reads one batch of all streams, or of some categories, in global order; never skips a committed event. */
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;

  /** Starts a catch-up subscription that then follows new events. */
  subscribe(options: SubscribeOptions): Subscription;

  /** Throws `EVENT_STORE.STREAM_NOT_FOUND` when the stream does not exist. */
  getStreamMetadata(streamId: string): Promise<StreamMetadata>;
  setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void>;

  /** Stops the subscriptions and releases connections the store owns. */
  close(): Promise<void>;
}
