import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CONSENT_WRITERS, ConsentWriteResponseDto } from '../../consent.http';
import { RecordConsentExpiryEventHandler } from './record-consent-expiry-event.handler';
import { RecordConsentExpiryEventRequestDto } from './record-consent-expiry-event.request.dto';

@ApiTags('consents')
@Controller('intake/consents')
export class RecordConsentExpiryEventHttpController {
  constructor(private readonly handler: RecordConsentExpiryEventHandler) {}

  @Roles(...CONSENT_WRITERS)
  @Post(':id/expiry-event')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that the event an event-expiry consent ends on has happened',
    description: 'The consent is no longer in force from occurredAt on.',
  })
  @ApiOkResponse({ type: ConsentWriteResponseDto })
  async record(
    @Param('id') consentId: string,
    @Body() body: RecordConsentExpiryEventRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ConsentWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'RecordConsentExpiryEvent',
        data: { consentId, ...(body.occurredAt !== undefined ? { occurredAt: body.occurredAt } : {}) },
        metadata: {
          ...commandMetadataFrom(context, CONSENT_WRITERS),
          ...(body.occurredAt !== undefined ? { occurredAt: new Date(body.occurredAt) } : {}),
        },
      },
      body.expectedVersion,
    );
    return { id: consentId, version: result.version };
  }
}
