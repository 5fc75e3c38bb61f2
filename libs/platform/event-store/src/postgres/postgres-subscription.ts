import type { Pool, PoolClient, QueryResult } from 'pg';
import {
  LOG_START,
  type EventStoreLogger,
  type LogPosition,
  type ReadAllResult,
  type SqlTransaction,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { compareLogPositions, laterLogPosition } from '../log-position';
import { ADVISORY_LOCK } from './postgres-event-store.schema';
import { READ_CHECKPOINT_SQL, saveCheckpointStatement } from './postgres-event-store.sql';

export interface PostgresSubscriptionSettings {
  /** Pause between polls once caught up; an append through the same store object wakes the subscription early. */
  readonly pollIntervalMs: number;
  /** First pause after a failed batch; doubles on each further failure up to `maxRetryDelayMs`. */
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly defaultBatchSize: number;
}

export interface PostgresBatchSource {
  readonly pool: Pool;
  readonly logger: EventStoreLogger;
  readBatch(
    queryable: Pool | PoolClient,
    after: LogPosition,
    categories: readonly string[] | undefined,
    batchSize: number,
  ): Promise<ReadAllResult>;
}

type BatchOutcome = 'more' | 'idle';

const QUICK_RETRIES_AFTER_WAKE = 4;
const QUICK_RETRY_MS = 5;

/**
 * A polling catch-up subscription. Each batch is one transaction: read from the saved checkpoint, hand the events
 * and the transaction to the handler, save the new checkpoint, commit. A crash or a throw rolls back the handler's
 * writes and the checkpoint together, so the batch is delivered again and nothing is applied twice.
 */
export class PostgresSubscription implements Subscription {
  readonly subscriptionId: string;
  private stopping = false;
  private wokenByAppend = false;
  // Quick re-reads left after a wake that found nothing yet: the appended event may sit behind a transaction that
  // is still running (the read horizon), and waiting a whole poll interval would add that much latency.
  private quickRetries = 0;
  private endPause: (() => void) | undefined;
  private pauseIsWakeable = false;
  private running: Promise<void> | undefined;
  // Scanned up to here: events of other categories need not be scanned again by this process.
  private scannedTo: LogPosition | undefined;
  // The checkpoint as this process last saved or read it (null: none saved); undefined when it must be read again.
  // Another process may have moved it on meanwhile: the batch transaction reads it again before handing events on.
  private knownCheckpoint: LogPosition | null | undefined;

  constructor(
    private readonly source: PostgresBatchSource,
    private readonly options: SubscribeOptions,
    private readonly settings: PostgresSubscriptionSettings,
  ) {
    this.subscriptionId = options.subscriptionId;
  }

  start(): void {
    this.running ??= this.run();
  }

  /**
   * New events of `category` were appended: stop waiting for the next poll, unless the subscription reads other
   * categories only (waking it would cost a read that finds nothing).
   */
  notifyAppended(category?: string): void {
    const categories = this.options.categories;
    if (category !== undefined && categories && categories.length > 0 && !categories.includes(category)) return;
    this.wokenByAppend = true;
    this.quickRetries = QUICK_RETRIES_AFTER_WAKE;
    if (this.pauseIsWakeable) this.endPause?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.endPause?.();
    await this.running;
  }

  private async run(): Promise<void> {
    let retryDelay = 0;
    while (!this.stopping) {
      let outcome: BatchOutcome;
      try {
        outcome = await this.processBatch();
        retryDelay = 0;
      } catch (error) {
        retryDelay =
          retryDelay === 0 ? this.settings.retryDelayMs : Math.min(retryDelay * 2, this.settings.maxRetryDelayMs);
        this.source.logger.error('Event store subscription batch failed; it will be delivered again', {
          subscriptionId: this.subscriptionId,
          error: error instanceof Error ? error.message : String(error),
          retryInMs: retryDelay,
        });
        await this.pause(retryDelay, false);
        continue;
      }
      if (outcome === 'more') {
        this.quickRetries = 0;
      } else if (this.quickRetries > 0) {
        this.quickRetries -= 1;
        await this.pause(QUICK_RETRY_MS, true);
      } else {
        await this.pause(this.settings.pollIntervalMs, true);
      }
    }
  }

  /**
   * Peeks without a transaction first: most polls find nothing, and then cost one statement. Only a peek that finds
   * events opens the batch transaction, takes the subscription's lock and reads the saved checkpoint; when that
   * checkpoint is where the peek started, the peeked events are the batch (everything below the peek's horizon had
   * finished, so nothing can join them later); otherwise it reads again from the saved checkpoint.
   */
  private async processBatch(): Promise<BatchOutcome> {
    const batchSize = this.options.batchSize ?? this.settings.defaultBatchSize;
    this.knownCheckpoint ??= await this.readSavedCheckpoint(this.source.pool);
    const peekFrom = this.resumePosition(this.knownCheckpoint);
    const peek = await this.source.readBatch(this.source.pool, peekFrom, this.options.categories, batchSize);
    if (peek.events.length === 0) {
      this.scannedTo = peek.checkpoint;
      return 'idle';
    }

    const client = await this.source.pool.connect();
    let connectionBroken = false;
    try {
      // One round trip: BEGIN, the lock, then the checkpoint in a statement of its own, whose snapshot is taken
      // after the lock is held (so it sees the commit of whoever held the lock before).
      const subscription = client.escapeLiteral(this.subscriptionId);
      const [, lock, saved] = (await client.query({
        text: `BEGIN;
          SELECT pg_try_advisory_xact_lock(${ADVISORY_LOCK.subscription}, hashtext(${subscription})) AS locked;
          SELECT commit_position::text, prepare_position::text FROM event_store.checkpoints
          WHERE subscription_id = ${subscription}`,
      })) as unknown as [QueryResult, QueryResult<{ locked: boolean }>, QueryResult<SavedCheckpointRow>];
      // Another process running the same subscription holds the batch: let it, and poll again later. The lock is
      // advisory so that this transaction takes no transaction id before its handler writes.
      if (lock.rows[0]?.locked !== true) {
        await client.query('ROLLBACK');
        this.knownCheckpoint = undefined;
        return 'idle';
      }
      this.knownCheckpoint = toCheckpoint(saved.rows[0]);
      const after = this.resumePosition(this.knownCheckpoint);
      const batch =
        compareLogPositions(after, peekFrom) === 0
          ? peek
          : await this.source.readBatch(client, after, this.options.categories, batchSize);
      if (batch.events.length === 0) {
        await client.query('ROLLBACK');
        this.scannedTo = batch.checkpoint;
        return 'idle';
      }
      await this.options.handler(batch.events, {
        subscriptionId: this.subscriptionId,
        checkpoint: batch.checkpoint,
        transaction: asSqlTransaction(client),
      });
      const { commit, prepare } = batch.checkpoint;
      await client.query(
        `${saveCheckpointStatement(subscription, commit, prepare)};
        COMMIT`,
      );
      this.knownCheckpoint = batch.checkpoint;
      this.scannedTo = batch.checkpoint;
      return batch.caughtUp ? 'idle' : 'more';
    } catch (error) {
      // The saved checkpoint is read again on the next batch: this one may or may not have committed.
      this.knownCheckpoint = undefined;
      await client.query('ROLLBACK').catch(() => {
        connectionBroken = true;
      });
      throw error;
    } finally {
      client.release(connectionBroken);
    }
  }

  /** Where the next batch starts: after the saved checkpoint, or after what this process already scanned. */
  private resumePosition(saved: LogPosition | null): LogPosition {
    const after = saved ?? this.options.from ?? LOG_START;
    return this.scannedTo ? laterLogPosition(after, this.scannedTo) : after;
  }

  private async readSavedCheckpoint(pool: Pool): Promise<LogPosition | null> {
    const { rows } = await pool.query<SavedCheckpointRow>({ ...READ_CHECKPOINT_SQL, values: [this.subscriptionId] });
    return toCheckpoint(rows[0]);
  }

  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping) return Promise.resolve();
    if (wakeable && this.wokenByAppend) {
      this.wokenByAppend = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.endPause = undefined;
        this.pauseIsWakeable = false;
        this.wokenByAppend = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.endPause = finish;
      this.pauseIsWakeable = wakeable;
    });
  }
}

interface SavedCheckpointRow extends Record<string, unknown> {
  readonly commit_position: string;
  readonly prepare_position: string;
}

function toCheckpoint(row: SavedCheckpointRow | undefined): LogPosition | null {
  return row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : null;
}

function asSqlTransaction(client: PoolClient): SqlTransaction {
  return {
    async query<Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) {
      const result = await client.query<Row>(text, values === undefined ? undefined : [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}
