import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { RejectReferralRequestDto } from './reject-referral.request.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class RejectReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Post('reject')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Reject the referral, with a reason code',
    description: 'From requested. By a provider partner of the receiving organisation only; anyone else reads 404.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async reject(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: RejectReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.respond('RejectReferral', referralId, body, context, REFERRAL_RESPONDERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
