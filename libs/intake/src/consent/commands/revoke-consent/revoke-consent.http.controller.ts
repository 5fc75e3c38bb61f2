import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CONSENT_WRITERS, ConsentWriteResponseDto } from '../../consent.http';
import { RevokeConsentHandler } from './revoke-consent.handler';
import { RevokeConsentRequestDto } from './revoke-consent.request.dto';

@ApiTags('consents')
@Controller('intake/consents')
export class RevokeConsentHttpController {
  constructor(private readonly handler: RevokeConsentHandler) {}

  @Roles(...CONSENT_WRITERS)
  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that the patient revoked a consent',
    description:
      'Applies from revokedAt forward only: in-force answers for earlier instants do not change. A second revocation answers 409 INTAKE.CONSENT_ALREADY_REVOKED.',
  })
  @ApiOkResponse({ type: ConsentWriteResponseDto })
  async revoke(
    @Param('id') consentId: string,
    @Body() body: RevokeConsentRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ConsentWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'RevokeConsent',
        data: {
          consentId,
          method: body.method,
          ...(body.revokedAt !== undefined ? { revokedAt: body.revokedAt } : {}),
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
        },
        metadata: {
          ...commandMetadataFrom(context, CONSENT_WRITERS),
          ...(body.revokedAt !== undefined ? { occurredAt: new Date(body.revokedAt) } : {}),
        },
      },
      body.expectedVersion,
    );
    return { id: consentId, version: result.version };
  }
}
