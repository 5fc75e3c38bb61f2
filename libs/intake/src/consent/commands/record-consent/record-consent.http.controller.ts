import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CONSENT_WRITERS, ConsentWriteResponseDto } from '../../consent.http';
import { RecordConsentHandler } from './record-consent.handler';
import { RecordConsentRequestDto } from './record-consent.request.dto';

@ApiTags('consents')
@Controller('intake/consents')
export class RecordConsentHttpController {
  constructor(private readonly handler: RecordConsentHandler) {}

  @Roles(...CONSENT_WRITERS)
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a written consent to disclose (42 CFR Part 2 §2.31)',
    description: 'A missing §2.31 element answers 400 INTAKE.CONSENT_INCOMPLETE with the element in details.',
  })
  @ApiCreatedResponse({ type: ConsentWriteResponseDto })
  async record(
    @Body() body: RecordConsentRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ConsentWriteResponseDto> {
    const { consentId: givenId, clientId, caseId, ...form } = body;
    const consentId = givenId ?? uuidv7();
    const result = await this.handler.execute({
      type: 'RecordConsent',
      data: { consentId, clientId: clientId ?? '', ...(caseId ? { caseId } : {}), form },
      metadata: {
        ...commandMetadataFrom(context, CONSENT_WRITERS),
        // The consent happened in the world when it was signed; the store's recordedAt says when it was entered.
        ...(form.signedAt !== undefined ? { occurredAt: new Date(form.signedAt) } : {}),
      },
    });
    return { id: consentId, version: result.version };
  }
}
