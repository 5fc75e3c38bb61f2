import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { ClientAccess } from '../../../client/client-access';
import { AccessLog } from '../../../shared/access-log';
import { ConsentErrors } from '../../consent.errors';
import { CONSENT_READERS } from '../../consent.http';
import { ConsentViewDto } from './consent-view.dto';
import { GetConsentQuery, type ConsentView } from './get-consent.query';

@ApiTags('consents')
@Controller('intake/consents')
export class GetConsentHttpController {
  constructor(
    private readonly query: GetConsentQuery,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  @Roles(...CONSENT_READERS)
  @Get(':id')
  @ApiOperation({ summary: 'A consent as recorded, with its revocation and expiry; the read is recorded' })
  @ApiOkResponse({
    type: ConsentViewDto,
    description: 'The consent; `personal` is null once the client’s key is shredded',
  })
  async get(@Param('id') consentId: string, @Ctx() context: RequestContext): Promise<ConsentView> {
    const consent = await this.query.execute(context.tenantId, consentId);
    // A consent is reached through its client (ADR 0012): out of scope reads as not on record.
    const role = await this.access.readRole(context, consent.clientId);
    if (!role) throw ConsentErrors.notFound(consentId);
    await this.accessLog.record(context, {
      subject: 'consent',
      subjectId: consentId,
      clientId: consent.clientId,
      ...(consent.caseId ? { caseId: consent.caseId } : {}),
      view: 'GET /intake/consents/{id}',
      role,
    });
    return consent;
  }
}
