import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { CountPartnerReferralsQuery, type PartnerReferralCounts } from './count-partner-referrals.query';
import { PartnerReferralCountsDto } from './partner-referral-counts.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referral-counts')
export class CountPartnerReferralsHttpController {
  constructor(private readonly query: CountPartnerReferralsQuery) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Get()
  @ApiOperation({
    summary: 'How many referrals sent to the partner’s organisation are in each status',
    description:
      'Only referrals sent to this organisation (never a draft), every status listed, zero included. Every read is in the access log, as a read of the inbox.',
  })
  @ApiOkResponse({ type: PartnerReferralCountsDto })
  count(@Ctx() context: RequestContext): Promise<PartnerReferralCounts> {
    return this.query.execute(context, 'GET /referral/partner/referral-counts');
  }
}
