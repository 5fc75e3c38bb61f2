import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_WRITERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { FollowUpReferralRequestDto } from './follow-up-referral.request.dto';

@ApiTags('referrals')
@Controller('referral/referrals/:referralId')
export class FollowUpReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_WRITERS)
  @Post('follow-up')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the follow-up with the client',
    description:
      'Once the referral is completed: did the service help? Need met, partly met or not met. Once only. By the case’s case manager or a supervisor of its team.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async followUp(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: FollowUpReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.request('FollowUpReferral', referralId, body, context, REFERRAL_WRITERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
