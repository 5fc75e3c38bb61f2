import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { CompleteReferralRequestDto } from './complete-referral.request.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class CompleteReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Post('complete')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Complete the referral: the service was delivered',
    description:
      'From accepted or in progress: when it was delivered and what (sealed). The client’s follow-up falls due 30 days later. By a provider partner of the receiving organisation only; anyone else reads 404.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async complete(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: CompleteReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.respond('CompleteReferral', referralId, body, context, REFERRAL_RESPONDERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
