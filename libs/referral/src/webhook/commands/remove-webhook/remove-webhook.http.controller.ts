import { Controller, Delete, HttpCode } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { partnerOrganizationOf } from '../../../referral/queries/list-partner-referrals/list-partner-referrals.query';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/webhook')
export class RemoveWebhookHttpController {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the organisation’s webhook: notifications not yet delivered are dropped' })
  @ApiNoContentResponse()
  async remove(@Ctx() context: RequestContext): Promise<void> {
    const organizationId = partnerOrganizationOf(context);
    await this.pool.query('DELETE FROM referral.webhooks WHERE tenant_id = $1 AND organization_id = $2', [
      context.tenantId,
      organizationId,
    ]);
  }
}
