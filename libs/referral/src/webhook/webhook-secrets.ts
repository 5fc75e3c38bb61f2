import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { PersonalDataVault, SealedPersonalData } from '@casemgmt/personal-data';
import { InjectReferralVault } from '../shared/referral-options';

/**
 * A partner's webhook secret, sealed at rest: AES-256-GCM under a data key of the organisation's own in the vault
 * of data keys (wrapped by the master key), as clients' data is. The dispatcher opens it to sign a notification;
 * nothing else reads it. Secrets stored in the clear before sealing are sealed once the service starts.
 */
@Injectable()
export class WebhookSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('WebhookSecrets');

  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralVault() private readonly vault: PersonalDataVault,
  ) {}

  seal(tenantId: string, organizationId: string, secret: string): Promise<SealedPersonalData> {
    return this.vault.seal(tenantId, subjectOf(organizationId), { secret });
  }

  /** The secret, or undefined when its key is gone. */
  async open(tenantId: string, organizationId: string, sealed: SealedPersonalData): Promise<string | undefined> {
    const opened = (await this.vault.open(tenantId, subjectOf(organizationId), sealed)) as
      { secret?: string } | undefined;
    return opened?.secret;
  }

  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.sealStoredInTheClear();
    if (sealed > 0) this.logger.log(`sealed ${sealed} webhook secrets stored in the clear`);
  }

  /** Seals every secret still stored in the clear; answers how many. Another process doing the same is harmless. */
  async sealStoredInTheClear(): Promise<number> {
    const { rows } = await this.pool.query<{ tenant_id: string; organization_id: string; secret: string }>(
      'SELECT tenant_id, organization_id, secret FROM referral.webhooks WHERE secret IS NOT NULL',
    );
    let count = 0;
    for (const row of rows) {
      const sealed = await this.seal(row.tenant_id, row.organization_id, row.secret);
      const { rowCount } = await this.pool.query(
        `UPDATE referral.webhooks SET sealed_secret = $4, secret = NULL
          WHERE tenant_id = $1 AND organization_id = $2 AND secret = $3`,
        [row.tenant_id, row.organization_id, row.secret, JSON.stringify(sealed)],
      );
      count += rowCount ?? 0;
    }
    return count;
  }
}

/** The vault subject an organisation's webhook secret is sealed under: never a client's id. */
function subjectOf(organizationId: string): string {
  return `webhook-secret:${organizationId}`;
}
