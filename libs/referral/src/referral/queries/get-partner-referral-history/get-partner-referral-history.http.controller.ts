import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto } from '../../../shared/referral-http.dto';
import { GetPartnerReferralHistoryQuery, type PartnerReferralHistory } from './get-partner-referral-history.query';
import { PartnerReferralHistoryDto } from './partner-referral-history.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId/history')
export class GetPartnerReferralHistoryHttpController {
  constructor(private readonly query: GetPartnerReferralHistoryQuery) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Get()
  @ApiOperation({
    summary: 'The moves of one referral addressed to the partner’s organisation, oldest first',
    description:
      'From its send on: each status, the side that moved it (the agency or the organisation), when it happened and was recorded, a rejection’s or failure’s reason code and a completion’s delivery date; never who moved it, notes or the outcome’s text. Read from the referral’s own events, so a move just made is in it. Another organisation’s referral, or a draft, reads 404. Every read is in the access log.',
  })
  @ApiOkResponse({ type: PartnerReferralHistoryDto })
  @ApiNotFoundResponse({ description: 'REFERRAL.NOT_FOUND' })
  get(@Param() { referralId }: ReferralParamDto, @Ctx() context: RequestContext): Promise<PartnerReferralHistory> {
    return this.query.execute(context, referralId, 'GET /referral/partner/referrals/{referralId}/history');
  }
}
