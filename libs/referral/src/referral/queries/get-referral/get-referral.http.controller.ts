import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_READERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto } from '../../../shared/referral-http.dto';
import { GetReferralQuery, type ReferralView } from './get-referral.query';
import { ReferralViewDto } from './referral-view.dto';

@ApiTags('referrals')
@Controller('referral/referrals/:referralId')
export class GetReferralHttpController {
  constructor(private readonly query: GetReferralQuery) {}

  @Roles(...REFERRAL_READERS)
  @Get()
  @ApiOperation({
    summary: 'One referral as it stands, with its disclosures, reason, outcome and follow-up',
    description:
      'Read from the referral’s own events, so a read right after a change shows it. For those who may read its case; every read is in the access log.',
  })
  @ApiOkResponse({ type: ReferralViewDto, description: 'The referral and its stream version' })
  @ApiNotFoundResponse({ description: 'REFERRAL.NOT_FOUND, also for a referral outside the caller’s scope' })
  get(@Param() { referralId }: ReferralParamDto, @Ctx() context: RequestContext): Promise<ReferralView> {
    return this.query.execute(context, referralId, 'GET /referral/referrals/{referralId}');
  }
}
