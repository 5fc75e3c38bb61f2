import type { Pool, PoolClient } from 'pg';
import {
  LOG_START,
  type EventStoreLogger,
  type LogPosition,
  type ReadAllResult,
  type SqlTransaction,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { laterLogPosition } from '../log-position';
import { ADVISORY_LOCK } from './postgres-event-store.schema';
import { READ_CHECKPOINT_SQL, SAVE_CHECKPOINT_SQL, TRY_LOCK_SUBSCRIPTION_SQL } from './postgres-event-store.sql';

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
    client: PoolClient,
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

  private async processBatch(): Promise<BatchOutcome> {
    const client = await this.source.pool.connect();
    let connectionBroken = false;
    try {
      await client.query('BEGIN');
      // Another process running the same subscription holds the batch: let it, and poll again later. The lock is
      // advisory so that this transaction takes no transaction id before it reads (its own id would hold back the
      // read horizon).
      const lock = await client.query<{ locked: boolean }>({
        ...TRY_LOCK_SUBSCRIPTION_SQL,
        values: [ADVISORY_LOCK.subscription, this.subscriptionId],
      });
      if (lock.rows[0]?.locked !== true) {
        await client.query('ROLLBACK');
        return 'idle';
      }
      const saved = await client.query<[string, string]>({
        ...READ_CHECKPOINT_SQL,
        values: [this.subscriptionId],
        rowMode: 'array',
      });
      const savedRow = saved.rows[0];
      let after = savedRow
        ? { commit: BigInt(savedRow[0]), prepare: BigInt(savedRow[1]) }
        : (this.options.from ?? LOG_START);
      if (this.scannedTo) after = laterLogPosition(after, this.scannedTo);

      const batch = await this.source.readBatch(
        client,
        after,
        this.options.categories,
        this.options.batchSize ?? this.settings.defaultBatchSize,
      );
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
      await client.query({
        ...SAVE_CHECKPOINT_SQL,
        values: [this.subscriptionId, batch.checkpoint.commit.toString(), batch.checkpoint.prepare.toString()],
      });
      await client.query('COMMIT');
      this.scannedTo = batch.checkpoint;
      return batch.caughtUp ? 'idle' : 'more';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        connectionBroken = true;
      });
      throw error;
    } finally {
      client.release(connectionBroken);
    }
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

function asSqlTransaction(client: PoolClient): SqlTransaction {
  return {
    async query<Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) {
      const result = await client.query<Row>(text, values === undefined ? undefined : [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}
