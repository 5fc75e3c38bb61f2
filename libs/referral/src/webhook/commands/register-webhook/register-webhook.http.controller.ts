import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { partnerOrganizationOf } from '../../../referral/queries/list-partner-referrals/list-partner-referrals.query';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { newWebhookSecret } from '../../webhook-signature';
import { WebhookSecrets } from '../../webhook-secrets';
import { RegisterWebhookRequestDto } from './register-webhook.request.dto';
import { RegisteredWebhookDto } from './registered-webhook.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/webhook')
export class RegisterWebhookHttpController {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly secrets: WebhookSecrets,
  ) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Put()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Register (or replace) the organisation’s webhook; answers its new secret, once',
    description:
      'On every change to one of the organisation’s referrals an id-only notification is posted, signed in `x-referral-signature` with `sha256=` and the hex HMAC-SHA-256 of the body under the secret, retried with backoff, in order. The secret is shown only in this answer.',
  })
  @ApiOkResponse({ type: RegisteredWebhookDto, description: 'The webhook and its new secret' })
  async register(
    @Body() body: RegisterWebhookRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<RegisteredWebhookDto> {
    const organizationId = partnerOrganizationOf(context);
    const secret = newWebhookSecret();
    // Stored sealed (ADR 0034's amendment): the answer is the only place it is ever seen in the clear.
    const sealed = await this.secrets.seal(context.tenantId, organizationId, secret);
    const { rows } = await this.pool.query<{ registered_at: Date }>(
      `INSERT INTO referral.webhooks (tenant_id, organization_id, url, sealed_secret, registered_at, registered_by)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (tenant_id, organization_id)
       DO UPDATE SET url = EXCLUDED.url, secret = NULL, sealed_secret = EXCLUDED.sealed_secret,
                     registered_at = EXCLUDED.registered_at, registered_by = EXCLUDED.registered_by
       RETURNING registered_at`,
      [context.tenantId, organizationId, body.url, JSON.stringify(sealed), context.actor.id],
    );
    return { url: body.url, secret, registeredAt: (rows[0]?.registered_at ?? new Date()).toISOString() };
  }
}
