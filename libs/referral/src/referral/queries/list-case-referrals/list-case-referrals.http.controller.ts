import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { REFERRAL_READERS } from '../../../shared/referral-access.policy';
import { ReferralCaseParamDto } from '../../../shared/referral-http.dto';
import { CaseReferralDto } from './case-referral.dto';
import { ListCaseReferralsQuery, type CaseReferral } from './list-case-referrals.query';

@ApiTags('referrals')
@Controller('referral/cases/:caseId/referrals')
export class ListCaseReferralsHttpController {
  constructor(private readonly query: ListCaseReferralsQuery) {}

  @Roles(...REFERRAL_READERS)
  @Get()
  @ApiOperation({
    summary: 'The case’s referrals, newest first',
    description:
      'Status, target, what was disclosed under which consent, reason codes, delivery and follow-up. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.',
  })
  @ApiOkResponse({ type: [CaseReferralDto], description: 'The referrals' })
  @ApiNotFoundResponse({ description: 'REFERRAL.CASE_NOT_FOUND, also for a case outside the caller’s scope' })
  list(@Param() { caseId }: ReferralCaseParamDto, @Ctx() context: RequestContext): Promise<CaseReferral[]> {
    return this.query.execute(context, caseId, 'GET /referral/cases/{caseId}/referrals');
  }
}
