import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_WRITERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { CancelReferralRequestDto } from './cancel-referral.request.dto';

@ApiTags('referrals')
@Controller('referral/referrals/:referralId')
export class CancelReferralHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_WRITERS)
  @Post('cancel')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Cancel the referral',
    description:
      'The agency withdraws it, from draft, requested, accepted, in progress or on hold; the receiving organisation is told. By the case’s case manager or a supervisor of its team.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async cancel(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: CancelReferralRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.request('CancelReferral', referralId, body, context, REFERRAL_WRITERS);
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
