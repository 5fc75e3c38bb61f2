import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_WRITERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto, ReferralWriteResponseDto } from '../../../shared/referral-http.dto';
import { ReferralCommandHandler } from '../../referral-command.handler';
import { MarkReferralEnteredInErrorRequestDto } from './mark-referral-entered-in-error.request.dto';

@ApiTags('referrals')
@Controller('referral/referrals/:referralId')
export class MarkReferralEnteredInErrorHttpController {
  constructor(private readonly handler: ReferralCommandHandler) {}

  @Roles(...REFERRAL_WRITERS)
  @Post('entered-in-error')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Mark the referral entered in error',
    description:
      'It should never have existed: kept for the record, out of every list and count. By the case’s case manager or a supervisor of its team.',
  })
  @ApiCreatedResponse({ type: ReferralWriteResponseDto })
  async markEnteredInError(
    @Param() { referralId }: ReferralParamDto,
    @Body() body: MarkReferralEnteredInErrorRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ReferralWriteResponseDto> {
    const result = await this.handler.request(
      'MarkReferralEnteredInError',
      referralId,
      body,
      context,
      REFERRAL_WRITERS,
    );
    return { referralId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
