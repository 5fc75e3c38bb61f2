import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamSubscription,
} from '@eventstore/db-client';
import { prepareAppend, type PreparedAppend } from '../event-envelope';
import { EventStoreError } from '../event-store.errors';
import {
  LOG_START,
  type AggregateStreamOptions,
  type AggregateStreamResult,
  type AnyDomainEvent,
  type AppendHooks,
  type AppendOptions,
  type AppendResult,
  type DomainEvent,
  type EventStore,
  type EventStoreLogger,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllResult,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamMetadata,
  type SubscribeOptions,
  type Subscription,
  type Upcasters,
} from '../event-store.port';
import { compareLogPositions } from '../log-position';
import { positionOf, toEventData, toExpectedRevision, toRecordedEvent } from './eventstoredb-mapping';
import { parseStreamMetadata, serializeStreamMetadata } from '../stream-metadata';
import { upcastEvents } from '../upcasting';

export interface EventStoreDbEventStoreOptions {
  /** A client owned by the caller, who disposes of it; or give `connectionString` and the store owns its client. */
  readonly client?: EventStoreDBClient;
  readonly connectionString?: string;
  readonly upcasters?: Upcasters;
  readonly hooks?: AppendHooks;
  readonly logger?: EventStoreLogger;
  readonly subscriptions?: { readonly retryDelayMs?: number; readonly maxRetryDelayMs?: number };
}

const READ_CHUNK = 500;
const SILENT_LOGGER: EventStoreLogger = { warn: () => undefined, error: () => undefined };

/**
 * The event store on EventStoreDB. Ordering, atomicity and idempotency come from the server; the store keeps no
 * subscription checkpoints: handlers get `context.checkpoint` to save with their own data and pass back as `from`.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly ownsClient: boolean;
  private readonly upcasters: Upcasters;
  private readonly hooks: AppendHooks;
  private readonly logger: EventStoreLogger;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(options: EventStoreDbEventStoreOptions) {
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else if (options.connectionString) {
      this.client = EventStoreDBClient.connectionString(options.connectionString);
      this.ownsClient = true;
    } else {
      throw new Error('EventStoreDbEventStore needs a client or a connectionString');
    }
    this.upcasters = options.upcasters ?? {};
    this.hooks = options.hooks ?? {};
    this.logger = options.logger ?? SILENT_LOGGER;
    this.retryDelayMs = options.subscriptions?.retryDelayMs ?? 250;
    this.maxRetryDelayMs = options.subscriptions?.maxRetryDelayMs ?? 10_000;
  }

  async appendToStream<E extends DomainEvent>(
    streamId: string,
    events: readonly NewEvent<E>[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const prepared = prepareAppend(streamId, events as readonly NewEvent<DomainEvent>[], options.expectedVersion);
    // EventStoreDB has no stream row to hold the tenant: the last event tells. A new stream has none to check.
    if (options.expectedVersion !== 'no_stream' && options.expectedVersion !== 0) await this.assertTenant(prepared);
    await this.hooks.beforeCommit?.({ streamId, eventIds: prepared.events.map((e) => e.eventId) });
    try {
      const result = await this.client.appendToStream(streamId, prepared.events.map(toEventData), {
        expectedRevision: toExpectedRevision(options.expectedVersion),
      });
      return {
        streamId,
        streamVersion: Number(result.nextExpectedRevision) + 1,
        logPosition: result.position ? { commit: result.position.commit, prepare: result.position.prepare } : LOG_START,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        // Another tenant's stream must not tell its version.
        await this.assertTenant(prepared);
        const actual = error.actualVersion === NO_STREAM ? 0 : Number(error.actualVersion) + 1;
        throw EventStoreError.wrongExpectedVersion(streamId, options.expectedVersion, actual);
      }
      throw error;
    }
  }

  async readStream<E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const events = await this.readStreamEvents(streamId, options);
    if (events === undefined) throw EventStoreError.streamNotFound(streamId);
    // Stored events are typed by the union the caller names for the stream; upcasters bring old shapes up to it.
    return events as RecordedEvent<E>[];
  }

  async aggregateStream<State, E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options: AggregateStreamOptions<State, E>,
  ): Promise<AggregateStreamResult<State>> {
    const events = await this.readStreamEvents(streamId, options);
    let state = options.initialState();
    let streamVersion = 0;
    for (const event of events ?? []) {
      state = options.evolve(state, event as RecordedEvent<E>);
      streamVersion = event.streamVersion;
    }
    return { state, streamVersion, streamExists: events !== undefined };
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const batchSize = options.batchSize ?? 500;
    const prefixes = options.categories?.map((category) => `${category}-`);
    const events: RecordedEvent[] = [];
    let seen = options.after ?? LOG_START;
    for (;;) {
      let scanned = 0;
      // fromPosition is inclusive: the event at `seen` comes back first and is skipped below.
      const from = compareLogPositions(seen, LOG_START) > 0 ? { commit: seen.commit, prepare: seen.prepare } : START;
      for await (const resolved of this.client.readAll({
        fromPosition: from,
        maxCount: READ_CHUNK,
        direction: FORWARDS,
      })) {
        scanned += 1;
        const position = positionOf(resolved);
        if (position === undefined || compareLogPositions(position, seen) <= 0) continue;
        seen = position;
        const event = toRecordedEvent(resolved);
        if (event === undefined || (prefixes && !prefixes.some((prefix) => event.streamId.startsWith(prefix))))
          continue;
        events.push(event);
        if (events.length === batchSize) {
          return { events: upcastEvents(this.upcasters, events), checkpoint: seen, caughtUp: false };
        }
      }
      if (scanned < READ_CHUNK)
        return { events: upcastEvents(this.upcasters, events), checkpoint: seen, caughtUp: true };
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, options, {
      upcasters: this.upcasters,
      logger: this.logger,
      retryDelayMs: this.retryDelayMs,
      maxRetryDelayMs: this.maxRetryDelayMs,
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return {
      subscriptionId: subscription.subscriptionId,
      stop: async () => {
        await subscription.stop();
        this.subscriptions.delete(subscription);
      },
    };
  }

  async getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    await this.assertStreamExists(streamId);
    const { metadata } = await this.client.getStreamMetadata(streamId);
    return parseStreamMetadata(metadata ?? {});
  }

  async setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    await this.assertStreamExists(streamId);
    const { metadata: current } = await this.client.getStreamMetadata(streamId);
    // Keep EventStoreDB's own settings (maxAge, acl, ...) and replace ours.
    const {
      retainUntil: _retainUntil,
      legalHold: _legalHold,
      ...serverSettings
    } = (current ?? {}) as Record<string, unknown>;
    await this.client.setStreamMetadata(streamId, { ...serverSettings, ...serializeStreamMetadata(metadata) });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }

  /** The stream's events as asked for, upcast; undefined when the stream does not exist. */
  private async readStreamEvents(streamId: string, options: ReadStreamOptions): Promise<RecordedEvent[] | undefined> {
    const fromVersion = Math.max(options.fromVersion ?? 1, 1);
    const toVersion = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        fromRevision: BigInt(fromVersion - 1),
        direction: FORWARDS,
        maxCount: Math.max(toVersion - fromVersion + 1, 1),
      });
      for await (const resolved of read) {
        const event = toRecordedEvent(resolved);
        if (event === undefined) continue;
        if (event.streamVersion > toVersion || (options.asOf && event.recordedAt > options.asOf)) break;
        events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return upcastEvents(this.upcasters, events);
  }

  private async assertStreamExists(streamId: string): Promise<void> {
    if ((await this.readStreamEvents(streamId, { toVersion: 1 })) === undefined) {
      throw EventStoreError.streamNotFound(streamId);
    }
  }

  private async assertTenant(prepared: PreparedAppend): Promise<void> {
    let tenantId: string | undefined;
    try {
      const read = this.client.readStream(prepared.streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 });
      for await (const resolved of read) tenantId = toRecordedEvent(resolved)?.metadata.tenantId;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw error;
    }
    if (tenantId !== undefined && tenantId !== prepared.tenantId) {
      throw EventStoreError.tenantMismatch(prepared.streamId);
    }
  }
}

interface SubscriptionDependencies {
  readonly upcasters: Upcasters;
  readonly logger: EventStoreLogger;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

/** A catch-up subscription to $all (filtered by category), resubscribing from its last handled position on failure. */
class EventStoreDbSubscription implements Subscription {
  readonly subscriptionId: string;
  private checkpoint: LogPosition | undefined;
  private stopping = false;
  private current: AllStreamSubscription | undefined;
  private endPause: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: SubscribeOptions,
    private readonly dependencies: SubscriptionDependencies,
  ) {
    this.subscriptionId = options.subscriptionId;
    this.checkpoint = options.from;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.endPause?.();
    await this.current?.unsubscribe().catch(() => undefined);
    await this.running;
  }

  private async run(): Promise<void> {
    let retryDelay = 0;
    while (!this.stopping) {
      const from = this.checkpoint && compareLogPositions(this.checkpoint, LOG_START) > 0 ? this.checkpoint : undefined;
      const categories = this.options.categories;
      const subscription = this.client.subscribeToAll({
        fromPosition: from ? { commit: from.commit, prepare: from.prepare } : START,
        filter: categories
          ? streamNameFilter({ prefixes: categories.map((category) => `${category}-`) })
          : excludeSystemEvents(),
      });
      this.current = subscription;
      try {
        for await (const resolved of subscription) {
          if (this.stopping) break;
          const position = positionOf(resolved);
          if (position === undefined || (this.checkpoint && compareLogPositions(position, this.checkpoint) <= 0))
            continue;
          const event = toRecordedEvent(resolved);
          if (event !== undefined) {
            await this.options.handler(upcastEvents(this.dependencies.upcasters, [event]), {
              subscriptionId: this.subscriptionId,
              checkpoint: position,
              transaction: undefined,
            });
          }
          this.checkpoint = position;
          retryDelay = 0;
        }
      } catch (error) {
        if (this.stopping) break;
        retryDelay =
          retryDelay === 0
            ? this.dependencies.retryDelayMs
            : Math.min(retryDelay * 2, this.dependencies.maxRetryDelayMs);
        this.dependencies.logger.error('EventStoreDB subscription failed; resubscribing from its last position', {
          subscriptionId: this.subscriptionId,
          error: error instanceof Error ? error.message : String(error),
          retryInMs: retryDelay,
        });
      } finally {
        await subscription.unsubscribe().catch(() => undefined);
      }
      if (retryDelay > 0) await this.pause(retryDelay);
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.endPause = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.endPause = finish;
    });
  }
}
