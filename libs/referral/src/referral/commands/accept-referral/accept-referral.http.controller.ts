import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class AcceptReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Post('accept')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Accept the referral',
    description: 'From requested. By a provider partner of the receiving organisation only; anyone else reads 404.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async accept(
    @Param() { referralId }: ReferralParamDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.respond('AcceptReferral', referralId, {}, context, REFERRAL_RESPONDERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
