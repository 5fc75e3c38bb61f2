import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { partnerOrganizationOf } from '../../../referral/queries/list-partner-referrals/list-partner-referrals.query';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { WebhookStatusDto } from './webhook-status.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/webhook')
export class GetWebhookHttpController {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Get()
  @ApiOperation({ summary: 'The organisation’s webhook and how its notifications fare; never the secret' })
  @ApiOkResponse({
    type: WebhookStatusDto,
    description: 'The webhook, or null, and its notifications pending and failed',
  })
  async get(@Ctx() context: RequestContext): Promise<WebhookStatusDto> {
    const organizationId = partnerOrganizationOf(context);
    const { rows } = await this.pool.query<{ url: string; registered_at: Date }>(
      'SELECT url, registered_at FROM referral.webhooks WHERE tenant_id = $1 AND organization_id = $2',
      [context.tenantId, organizationId],
    );
    const { rows: counts } = await this.pool.query<{ pending: string; failed: string }>(
      `SELECT count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL)::text AS pending,
              count(*) FILTER (WHERE failed_at IS NOT NULL)::text AS failed
         FROM referral.webhook_outbox WHERE tenant_id = $1 AND organization_id = $2`,
      [context.tenantId, organizationId],
    );
    const row = rows[0];
    return {
      webhook: row ? { url: row.url, registeredAt: row.registered_at.toISOString() } : null,
      pending: Number(counts[0]?.pending ?? 0),
      failed: Number(counts[0]?.failed ?? 0),
    };
  }
}
