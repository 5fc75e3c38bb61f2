import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AccessLog } from '../../../shared/access-log';
import { CONSENT_READERS } from '../../consent.http';
import { GetConsentQuery, type ConsentView } from './get-consent.query';

@ApiTags('consents')
@Controller('intake/consents')
export class GetConsentHttpController {
  constructor(
    private readonly query: GetConsentQuery,
    private readonly accessLog: AccessLog,
  ) {}

  @Roles(...CONSENT_READERS)
  @Get(':id')
  @ApiOperation({ summary: 'A consent as recorded, with its revocation and expiry; the read is recorded' })
  @ApiOkResponse({ description: 'The consent; `personal` is null once the client’s key is shredded' })
  async get(@Param('id') consentId: string, @Ctx() context: RequestContext): Promise<ConsentView> {
    const consent = await this.query.execute(context.tenantId, consentId);
    await this.accessLog.record(context, {
      subject: 'consent',
      subjectId: consentId,
      clientId: consent.clientId,
      ...(consent.caseId ? { caseId: consent.caseId } : {}),
      view: 'GET /intake/consents/{id}',
    });
    return consent;
  }
}
