import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { FailReferralRequestDto } from './fail-referral.request.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class FailReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Post('fail')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record that the referral failed, with a reason code',
    description:
      'From accepted, in progress or on hold. By a provider partner of the receiving organisation only; anyone else reads 404.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async fail(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: FailReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.respond('FailReferral', referralId, body, context, REFERRAL_RESPONDERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
