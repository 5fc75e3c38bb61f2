import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { HoldReferralRequestDto } from './hold-referral.request.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class HoldReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Post('hold')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Put the referral on hold',
    description:
      'From accepted or in progress. By a provider partner of the receiving organisation only; anyone else reads 404.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async hold(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: HoldReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.respond('HoldReferral', referralId, body, context, REFERRAL_RESPONDERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
