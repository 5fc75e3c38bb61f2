import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_WRITERS } from '../../../shared/referral-access.policy';
import { ReferralCaseParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { DraftReferralRequestDto } from './draft-referral.request.dto';

@ApiTags('referrals')
@Controller('referral/cases/:caseId/referrals')
export class DraftReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_WRITERS)
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Draft a referral of one of the case’s needs to a directory service at a location',
    description:
      'Pins the directory listing version the worker saw. Warns, without refusing, when the service is temporarily closed or shows no free capacity; refuses a defunct or unknown service (422). By the case’s case manager or a supervisor of its team.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async draft(
    @Param() { caseId }: ReferralCaseParamDto,
    @Body() body: DraftReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const referralId = body.referralId ?? randomUUID();
    const { referralId: _, ...input } = body;
    const result = await this.handler.draft(referralId, { ...input, caseId }, context, REFERRAL_WRITERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
