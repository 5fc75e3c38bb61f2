import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ReferralParamDto } from '../../../shared/referral-http.dto';
import { PartnerReferralDto } from '../list-partner-referrals/partner-inbox.dto';
import type { PartnerReferralView } from '../referral-row';
import { GetPartnerReferralQuery } from './get-partner-referral.query';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals/:referralId')
export class GetPartnerReferralHttpController {
  constructor(private readonly query: GetPartnerReferralQuery) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Get()
  @ApiOperation({
    summary: 'One referral addressed to the partner’s organisation, with only what was disclosed',
    description: 'Another organisation’s referral, or a draft, reads 404. Every read is in the access log.',
  })
  @ApiOkResponse({ type: PartnerReferralDto, description: 'The referral as the partner sees it' })
  @ApiNotFoundResponse({ description: 'REFERRAL.NOT_FOUND' })
  get(@Param() { referralId }: ReferralParamDto, @Ctx() context: RequestContext): Promise<PartnerReferralView> {
    return this.query.execute(context, referralId, 'GET /referral/partner/referrals/{referralId}');
  }
}
