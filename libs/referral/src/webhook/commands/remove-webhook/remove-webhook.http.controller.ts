import { Controller, Delete, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { partnerOrganizationOf } from '../../../referral/queries/list-partner-referrals/list-partner-referrals.query';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { RemovedWebhookDto } from './removed-webhook.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/webhook')
export class RemoveWebhookHttpController {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Delete()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Remove the organisation’s webhook: notifications not yet delivered are dropped',
    description: 'A webhook registered later hears only of later changes, never of what this one missed.',
  })
  @ApiOkResponse({ type: RemovedWebhookDto, description: 'Whether there was one' })
  async remove(@Ctx() context: RequestContext): Promise<RemovedWebhookDto> {
    const organizationId = partnerOrganizationOf(context);
    const { rowCount } = await this.pool.query(
      'DELETE FROM referral.webhooks WHERE tenant_id = $1 AND organization_id = $2',
      [context.tenantId, organizationId],
    );
    await this.pool.query(
      `UPDATE referral.webhook_outbox SET failed_at = now(), last_error = 'webhook removed'
        WHERE tenant_id = $1 AND organization_id = $2 AND delivered_at IS NULL AND failed_at IS NULL`,
      [context.tenantId, organizationId],
    );
    return { removed: (rowCount ?? 0) > 0 };
  }
}
