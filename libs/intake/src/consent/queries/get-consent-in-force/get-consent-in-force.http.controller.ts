import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { ClientAccess } from '../../../client/client-access';
import { ClientErrors } from '../../../client/client.errors';
import { AccessLog } from '../../../shared/access-log';
import { CONSENT_READERS } from '../../consent.http';
import { ConsentInForceAnswerDto } from './consent-in-force-answer.dto';
import { GetConsentInForceQuery } from './get-consent-in-force.query';
import { GetConsentInForceRequestDto } from './get-consent-in-force.request.dto';

@ApiTags('consents')
@Controller('intake/consents')
export class GetConsentInForceHttpController {
  constructor(
    private readonly query: GetConsentInForceQuery,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  @Roles(...CONSENT_READERS)
  @Post('in-force')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Is a consent in force for this recipient, information category and purpose at this time?',
    description:
      'A question, not a change: it is a POST so that a recipient’s name travels in the body, never in a URL. Answers from the dates the consents record (signature, effect, revocation, expiry), so the answer for a past instant does not change when a later revocation is recorded. An expiry date ends with that day in the agency’s time zone.',
  })
  @ApiOkResponse({ type: ConsentInForceAnswerDto, description: 'Whether a consent is in force, which, and why' })
  async inForce(
    @Body() query: GetConsentInForceRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ConsentInForceAnswerDto> {
    // Whether a client consented tells something about them: only those who may read the client may ask.
    const role = await this.access.readRole(context, query.clientId);
    if (!role) throw ClientErrors.notFound(query.clientId);
    const { answer, consulted } = await this.query.execute(context.tenantId, query.clientId, {
      recipient: {
        ...(query.recipientOrganizationId !== undefined ? { organizationId: query.recipientOrganizationId } : {}),
        ...(query.recipientName !== undefined ? { name: query.recipientName } : {}),
        ...(query.treatingProvider !== undefined ? { treatingProvider: query.treatingProvider } : {}),
      },
      category: query.category,
      purpose: query.purpose,
      at: query.at !== undefined ? new Date(query.at) : new Date(),
    });
    // An answer from no consent shows nothing of the client's record: only reads of a record are logged.
    if (consulted > 0) {
      await this.accessLog.record(context, {
        subject: 'client',
        subjectId: query.clientId,
        clientId: query.clientId,
        view: 'POST /intake/consents/in-force',
        role,
      });
    }
    return { inForce: answer.inForce, consentId: answer.consentId ?? null, reason: answer.reason };
  }
}
