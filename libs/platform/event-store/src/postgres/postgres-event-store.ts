import { DatabaseError, Pool, type PoolClient } from 'pg';
import { prepareAppend, type PreparedAppend } from '../event-envelope';
import { EventStoreError } from '../event-store.errors';
import {
  LOG_START,
  type AggregateStreamOptions,
  type AnyDomainEvent,
  type AggregateStreamResult,
  type AppendHooks,
  type AppendOptions,
  type AppendResult,
  type DomainEvent,
  type EventStore,
  type EventStoreLogger,
  type ExpectedVersion,
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
import { laterLogPosition } from '../log-position';
import { parseStreamMetadata, serializeStreamMetadata } from '../stream-metadata';
import { upcastEvents } from '../upcasting';
import { migrateEventStoreSchema } from './postgres-event-store.schema';
import {
  APPEND_SQL,
  encodeExpectedVersion,
  MAX_POSITION,
  READ_ALL_SQL,
  READ_STREAM_SQL,
  readAllValues,
  toEventsJson,
  toRecordedEvent,
  type AppendRow,
} from './postgres-event-store.sql';
import { PostgresSubscription, type PostgresSubscriptionSettings } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  /** A pool owned by the caller, who ends it; or give `connectionString` and the store owns its pool. */
  readonly pool?: Pool;
  readonly connectionString?: string;
  /** Size of the pool the store creates (default 10). */
  readonly poolSize?: number;
  readonly upcasters?: Upcasters;
  readonly hooks?: AppendHooks;
  readonly logger?: EventStoreLogger;
  /** Bring the schema up to date on creation (default true). */
  readonly migrate?: boolean;
  readonly subscriptions?: Partial<PostgresSubscriptionSettings>;
}

const DEFAULT_SUBSCRIPTION_SETTINGS: PostgresSubscriptionSettings = {
  pollIntervalMs: 100,
  retryDelayMs: 250,
  maxRetryDelayMs: 10_000,
  defaultBatchSize: 500,
};
const DEFAULT_READ_BATCH = 500;
const STREAM_PAGE = 10_000;
const SILENT_LOGGER: EventStoreLogger = { warn: () => undefined, error: () => undefined };

/**
 * Settings for every pool the store's SQL runs on. pg closes idle connections after 10 s by default; then every burst
 * after a lull opened its connections anew, each preparing its statements and compiling the append function again:
 * in the intake benchmark, the first two seconds of 200 commands/s from a cold pool answered at a median of 0.5 to
 * 1.9 s instead of 10 ms. Idle connections alone do not keep a process alive (a test run, a one-off command).
 */
export const WARM_POOL = { idleTimeoutMillis: 5 * 60_000, allowExitOnIdle: true } as const;

/** Creates a PostgreSQL event store and, unless told not to, migrates its schema. */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  const store = new PostgresEventStore(options);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

/** The default adapter: the event store on PostgreSQL 13+, in the `event_store` schema it owns. */
export class PostgresEventStore implements EventStore {
  readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly upcasters: Upcasters;
  private readonly hooks: AppendHooks;
  private readonly logger: EventStoreLogger;
  private readonly subscriptionSettings: PostgresSubscriptionSettings;
  private readonly subscriptions = new Set<PostgresSubscription>();

  constructor(options: PostgresEventStoreOptions) {
    if (options.pool) {
      this.pool = options.pool;
      this.ownsPool = false;
    } else if (options.connectionString) {
      this.pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10, ...WARM_POOL });
      this.ownsPool = true;
    } else {
      throw new Error('PostgresEventStore needs a pool or a connectionString');
    }
    this.upcasters = options.upcasters ?? {};
    this.hooks = options.hooks ?? {};
    this.logger = options.logger ?? SILENT_LOGGER;
    this.subscriptionSettings = { ...DEFAULT_SUBSCRIPTION_SETTINGS, ...options.subscriptions };
    if (this.ownsPool) {
      this.pool.on('error', (error) =>
        this.logger.error('Idle event store connection failed', { error: error.message }),
      );
    }
  }

  /** Applies pending schema migrations; returns the versions applied. */
  migrate(): Promise<number[]> {
    return migrateEventStoreSchema(this.pool);
  }

  async appendToStream<E extends DomainEvent>(
    streamId: string,
    events: readonly NewEvent<E>[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const prepared = prepareAppend(streamId, events as readonly NewEvent<DomainEvent>[], options.expectedVersion);
    const values = [
      prepared.streamId,
      prepared.category,
      prepared.tenantId,
      encodeExpectedVersion(options.expectedVersion),
      toEventsJson(prepared),
    ];
    // Without a hook the append is one statement in its own implicit transaction: one round trip.
    const result = this.hooks.beforeCommit
      ? await this.appendInTransaction(prepared, options.expectedVersion, values)
      : (await this.callAppend(this.pool, prepared, options.expectedVersion, values)).result;
    for (const subscription of this.subscriptions) subscription.notifyAppended(prepared.category);
    return result;
  }

  async readStream<E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const events: RecordedEvent[] = [];
    for await (const page of this.streamPages(streamId, options)) events.push(...page);
    // Stored events are typed by the union the caller names for the stream; upcasters bring old shapes up to it.
    return events as RecordedEvent<E>[];
  }

  async aggregateStream<State, E extends DomainEvent = AnyDomainEvent>(
    streamId: string,
    options: AggregateStreamOptions<State, E>,
  ): Promise<AggregateStreamResult<State>> {
    let state = options.initialState();
    let streamVersion = 0;
    try {
      for await (const page of this.streamPages(streamId, options)) {
        for (const event of page) {
          state = options.evolve(state, event as RecordedEvent<E>);
          streamVersion = event.streamVersion;
        }
      }
    } catch (error) {
      if (error instanceof EventStoreError && error.code === 'EVENT_STORE.STREAM_NOT_FOUND') {
        return { state, streamVersion: 0, streamExists: false };
      }
      throw error;
    }
    return { state, streamVersion, streamExists: true };
  }

  readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    return this.readBatch(
      this.pool,
      options.after ?? LOG_START,
      options.categories,
      options.batchSize ?? DEFAULT_READ_BATCH,
    );
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new PostgresSubscription(
      {
        pool: this.pool,
        logger: this.logger,
        readBatch: (client, after, categories, batchSize) => this.readBatch(client, after, categories, batchSize),
      },
      options,
      this.subscriptionSettings,
    );
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
    const { rows } = await this.pool.query<{ metadata: unknown }>(
      'SELECT metadata FROM event_store.streams WHERE stream_id = $1',
      [streamId],
    );
    if (rows.length === 0) throw EventStoreError.streamNotFound(streamId);
    return parseStreamMetadata(rows[0]?.metadata);
  }

  async setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    const { rowCount } = await this.pool.query('UPDATE event_store.streams SET metadata = $2 WHERE stream_id = $1', [
      streamId,
      JSON.stringify(serializeStreamMetadata(metadata)),
    ]);
    if (rowCount === 0) throw EventStoreError.streamNotFound(streamId);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    if (this.ownsPool) await this.pool.end();
  }

  private async appendInTransaction(
    prepared: PreparedAppend,
    expected: ExpectedVersion,
    values: unknown[],
  ): Promise<AppendResult> {
    const client = await this.pool.connect();
    let connectionBroken = false;
    try {
      await client.query('BEGIN');
      const { result, appended } = await this.callAppend(client, prepared, expected, values);
      if (appended && this.hooks.beforeCommit) {
        await this.hooks.beforeCommit({ streamId: prepared.streamId, eventIds: prepared.events.map((e) => e.eventId) });
      }
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        connectionBroken = true;
      });
      throw error;
    } finally {
      client.release(connectionBroken);
    }
  }

  private async callAppend(
    queryable: Pool | PoolClient,
    prepared: PreparedAppend,
    expected: ExpectedVersion,
    values: unknown[],
  ): Promise<{ result: AppendResult; appended: boolean }> {
    let row: AppendRow | undefined;
    try {
      ({
        rows: [row],
      } = await queryable.query<AppendRow>({ ...APPEND_SQL, values }));
    } catch (error) {
      throw await this.translateAppendError(error, prepared, expected);
    }
    if (!row) throw new Error('event_store.append_to_stream returned no row');
    const { streamId } = prepared;
    const version = Number(row.r_stream_version);
    switch (row.r_outcome) {
      case 'appended':
      case 'duplicate':
        return {
          appended: row.r_outcome === 'appended',
          result: {
            streamId,
            streamVersion: version,
            logPosition: { commit: BigInt(row.r_transaction_id ?? 0), prepare: BigInt(row.r_last_position ?? 0) },
          },
        };
      case 'wrong_expected_version':
        // The version check comes first in SQL: another tenant's stream must not tell its version.
        if (row.r_stream_tenant_id !== null && row.r_stream_tenant_id !== prepared.tenantId) {
          throw EventStoreError.tenantMismatch(streamId);
        }
        throw EventStoreError.wrongExpectedVersion(streamId, expected, version);
      case 'tenant_mismatch':
        throw EventStoreError.tenantMismatch(streamId);
      case 'duplicate_event_id':
        throw EventStoreError.duplicateEventId(
          streamId,
          prepared.events.map((event) => event.eventId),
        );
      default: {
        const unknownOutcome: never = row.r_outcome;
        throw new Error(`Unknown append outcome ${String(unknownOutcome)}`);
      }
    }
  }

  private async translateAppendError(
    error: unknown,
    prepared: PreparedAppend,
    expected: ExpectedVersion,
  ): Promise<unknown> {
    if (!(error instanceof DatabaseError) || error.code !== '23505') return error;
    if (error.constraint === 'events_event_id_key') {
      return EventStoreError.duplicateEventId(
        prepared.streamId,
        prepared.events.map((event) => event.eventId),
      );
    }
    // The stream lock makes these unreachable; the unique keys stay as the last line of defence.
    if (error.constraint === 'events_stream_version_key' || error.constraint === 'streams_pkey') {
      const { rows } = await this.pool.query<{ version: string }>(
        'SELECT max(stream_version)::text AS version FROM event_store.events WHERE stream_id = $1',
        [prepared.streamId],
      );
      return EventStoreError.wrongExpectedVersion(prepared.streamId, expected, Number(rows[0]?.version ?? 0));
    }
    return error;
  }

  /** The stream's events in pages; throws stream-not-found when the stream does not exist. */
  private async *streamPages(
    streamId: string,
    options: ReadStreamOptions,
  ): AsyncGenerator<RecordedEvent[], void, undefined> {
    let fromVersion = options.fromVersion ?? 1;
    const toVersion = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const asOf = options.asOf ?? 'infinity';
    for (;;) {
      const { rows } = await this.pool.query<unknown[]>({
        ...READ_STREAM_SQL,
        values: [streamId, fromVersion, toVersion, asOf, STREAM_PAGE],
        rowMode: 'array',
      });
      if (rows.length === 0) throw EventStoreError.streamNotFound(streamId);
      // A stream with no events in the range answers with one row of nulls.
      const page = rows[0]?.[0] === null ? [] : rows.map((row) => toRecordedEvent(row, 0, streamId));
      yield upcastEvents(this.upcasters, page);
      const last = page.at(-1);
      if (page.length < STREAM_PAGE || last === undefined) return;
      fromVersion = last.streamVersion + 1;
    }
  }

  private async readBatch(
    queryable: Pool | PoolClient,
    after: LogPosition,
    categories: readonly string[] | undefined,
    batchSize: number,
  ): Promise<ReadAllResult> {
    const { rows } = await queryable.query<unknown[]>({
      ...READ_ALL_SQL,
      values: readAllValues(after, batchSize, categories),
      rowMode: 'array',
    });
    const horizon = BigInt((rows[0]?.[0] as string | undefined) ?? '0');
    const events: RecordedEvent[] = [];
    for (const row of rows) if (row[1] !== null) events.push(toRecordedEvent(row, 1));
    const caughtUp = events.length < batchSize;
    const last = events.at(-1)?.logPosition ?? after;
    // A short batch holds every committed event below the horizon, and whatever commits later has a transaction id
    // at or above it: the next read can start at the horizon.
    const checkpoint = caughtUp ? laterLogPosition(last, { commit: horizon - 1n, prepare: MAX_POSITION }) : last;
    return { events: upcastEvents(this.upcasters, events), checkpoint, caughtUp };
  }
}
