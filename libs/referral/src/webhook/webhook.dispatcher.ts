import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { SealedPersonalData } from '@casemgmt/personal-data';
import { InjectWebhookOptions, type WebhookOptions } from './webhook-options';
import { WebhookSecrets } from './webhook-secrets';
import { signatureOf } from './webhook-signature';

interface PendingRow extends Record<string, unknown> {
  readonly notification_id: string;
  readonly tenant_id: string;
  readonly organization_id: string;
  readonly referral_id: string;
  readonly event_type: string;
  readonly occurred_at: Date;
  readonly attempts: number;
  readonly url: string;
  /** The secret in the clear: only until the service, as it starts, seals it. */
  readonly secret: string | null;
  readonly sealed_secret: SealedPersonalData | null;
}

/**
 * Posts the outbox's notifications to the partners' webhooks, each organisation's in order: the oldest pending one
 * is sent, retried with a growing delay while it fails, and the next waits for it (one given up on after
 * `maxAttempts` no longer holds the others back). Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several
 * processes never send the same notification at once. Only ids, status codes and attempt counts are logged.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WebhookDispatcher');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectWebhookOptions() private readonly options: WebhookOptions,
    private readonly secrets: WebhookSecrets,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn(`delivery round failed: ${(error as Error).name}`))
        .finally(() => this.schedule());
    }, this.options.pollMs);
  }

  /** One round: the head of each organisation's queue, if due, sent once. */
  async deliverDue(): Promise<number> {
    const { rows: heads } = await this.pool.query<{ notification_id: string }>(
      `SELECT notification_id FROM (
         SELECT DISTINCT ON (tenant_id, organization_id) notification_id, next_attempt_at
           FROM referral.webhook_outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL
          ORDER BY tenant_id, organization_id, seq
       ) head WHERE next_attempt_at <= now()`,
    );
    let sent = 0;
    for (const head of heads) {
      if (this.stopped) break;
      // One organisation's trouble never holds the others' notifications back.
      try {
        if (await this.deliver(head.notification_id)) sent += 1;
      } catch (error) {
        this.logger.warn(`notification ${head.notification_id}: delivery failed: ${(error as Error).name}`);
      }
    }
    return sent;
  }

  private async deliver(notificationId: string): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<PendingRow>(
        `SELECT o.notification_id, o.tenant_id, o.organization_id, o.referral_id, o.event_type, o.occurred_at,
                o.attempts, w.url, w.secret, w.sealed_secret
           FROM referral.webhook_outbox o
           JOIN referral.webhooks w ON w.tenant_id = o.tenant_id AND w.organization_id = o.organization_id
          WHERE o.notification_id = $1 AND o.delivered_at IS NULL AND o.failed_at IS NULL
          FOR UPDATE OF o SKIP LOCKED`,
        [notificationId],
      );
      const row = rows[0];
      if (!row) {
        // Taken by another process, or its webhook was removed: a removed webhook's notifications are dropped.
        await client.query(
          `UPDATE referral.webhook_outbox SET failed_at = now(), last_error = 'webhook removed'
            WHERE notification_id = $1 AND delivered_at IS NULL AND failed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM referral.webhooks w WHERE w.tenant_id = webhook_outbox.tenant_id
                                AND w.organization_id = webhook_outbox.organization_id)`,
          [notificationId],
        );
        await client.query('COMMIT');
        return false;
      }
      const outcome = await this.post(row);
      await this.record(client, row, outcome);
      await client.query('COMMIT');
      return outcome.delivered;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async post(row: PendingRow): Promise<{ delivered: boolean; status: number | null; error: string | null }> {
    const secret = row.sealed_secret
      ? await this.secrets.open(row.tenant_id, row.organization_id, row.sealed_secret).catch(() => undefined)
      : row.secret;
    // Never unsigned: without its secret a notification fails, and is retried like any other failure.
    if (!secret) return { delivered: false, status: null, error: 'secret unavailable' };
    // Id-only: which referral changed and how; the partner reads the referral through its API.
    const body = JSON.stringify({
      id: row.notification_id,
      type: 'referral.changed',
      referralId: row.referral_id,
      event: row.event_type,
      occurredAt: row.occurred_at.toISOString(),
      sentAt: new Date().toISOString(),
    });
    try {
      const response = await fetch(row.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-referral-signature': signatureOf(body, secret),
          'x-referral-delivery': row.notification_id,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      return { delivered: response.ok, status: response.status, error: null };
    } catch (error) {
      return { delivered: false, status: null, error: (error as Error).name };
    }
  }

  private async record(
    client: PoolClient,
    row: PendingRow,
    outcome: { delivered: boolean; status: number | null; error: string | null },
  ): Promise<void> {
    const attempts = row.attempts + 1;
    if (outcome.delivered) {
      await client.query(
        `UPDATE referral.webhook_outbox SET attempts = $2, delivered_at = now(), last_status = $3, last_error = NULL
          WHERE notification_id = $1`,
        [row.notification_id, attempts, outcome.status],
      );
      return;
    }
    const giveUp = attempts >= this.options.maxAttempts;
    const delay = Math.min(this.options.maxRetryMs, this.options.firstRetryMs * 2 ** (attempts - 1));
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    await client.query(
      `UPDATE referral.webhook_outbox
          SET attempts = $2, last_status = $3, last_error = $4,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000),
              failed_at = CASE WHEN $6 THEN now() ELSE NULL END
        WHERE notification_id = $1`,
      [row.notification_id, attempts, outcome.status, outcome.error, jittered, giveUp],
    );
    this.logger.warn(
      `notification ${row.notification_id} to organisation ${row.organization_id}: attempt ${attempts} got ${
        outcome.status ?? outcome.error ?? 'nothing'
      }${giveUp ? ', given up' : ''}`,
    );
  }
}
