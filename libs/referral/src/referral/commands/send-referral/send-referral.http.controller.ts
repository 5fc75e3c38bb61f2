import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_WRITERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { SendReferralRequestDto } from './send-referral.request.dto';

@ApiTags('referrals')
@Controller('referral/referrals/:referralId')
export class SendReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_WRITERS)
  @Post('send')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Send the referral to the receiving organisation: the disclosure',
    description:
      'Allowed only under a consent of the client in force at this moment for this recipient, purpose and the information categories of the fields (42 CFR §2.31), as intake answers it (409 REFERRAL.NO_CONSENT_IN_FORCE otherwise; 503 REFERRAL.CONSENT_SOURCE_UNAVAILABLE when intake cannot answer: nothing is sent). Discloses only the fields that consent covers, with the §2.32 notice.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async send(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: SendReferralRequestDto,
    @Headers('authorization') authorization: string,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.send(referralId, body, authorization, context, REFERRAL_WRITERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
