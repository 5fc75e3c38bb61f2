import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_RESPONDERS } from '../../../shared/referral-access.policy';
import { ListPartnerReferralsQuery, type PartnerInboxPage } from './list-partner-referrals.query';
import { ListPartnerReferralsRequestDto } from './list-partner-referrals.request.dto';
import { PartnerInboxPageDto } from './partner-inbox.dto';

@ApiTags('referrals: provider partners')
@Controller('referral/partner/referrals')
export class ListPartnerReferralsHttpController {
  constructor(private readonly query: ListPartnerReferralsQuery) {}

  @Roles(...REFERRAL_RESPONDERS)
  @Get()
  @ApiOperation({
    summary: 'The referrals addressed to the partner’s organisation',
    description:
      'Filter by status and by `updatedAfter`, as Gravity’s polling does; page with `next`. Only referrals sent to this organisation, and only the fields the client’s consent let the agency disclose, with the §2.32 notice. Every read is in the access log.',
  })
  @ApiOkResponse({ type: PartnerInboxPageDto, description: '{ referrals, next }' })
  list(@Query() filter: ListPartnerReferralsRequestDto, @Ctx() context: RequestContext): Promise<PartnerInboxPage> {
    return this.query.execute(context, filter, 'GET /referral/partner/referrals');
  }
}
