import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_READERS } from '../../../shared/care-plan-access.policy';
import { AsOfQueryDto, CaseParamDto } from '../../../shared/care-plan-http.dto';
import { GetPlansQuery, type CasePlans } from './get-plans.query';
import { CasePlansDto } from './plans-view.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class GetPlansHttpController {
  constructor(private readonly query: GetPlansQuery) {}

  @Roles(...CARE_PLAN_READERS)
  @Get()
  @ApiOperation({
    summary: 'The case’s care plans: goals, interventions, notes, approvals and reviews',
    description:
      'As they stand, or as recorded by `asOf`: the plan as of a date shows which version was approved then. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.',
  })
  @ApiOkResponse({ type: CasePlansDto, description: 'The plans, oldest first' })
  @ApiNotFoundResponse({ description: 'CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope' })
  get(
    @Param() { caseId }: CaseParamDto,
    @Query() { asOf }: AsOfQueryDto,
    @Ctx() context: RequestContext,
  ): Promise<CasePlans> {
    return this.query.execute(
      context,
      caseId,
      'GET /care-plan/cases/{caseId}/plans',
      asOf ? new Date(asOf) : undefined,
    );
  }
}
