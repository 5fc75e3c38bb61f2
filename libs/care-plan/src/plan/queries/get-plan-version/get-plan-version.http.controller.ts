import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_READERS } from '../../../shared/care-plan-access.policy';
import type { PlanView } from '../get-plans/get-plans.query';
import { PlanDto } from '../get-plans/plans-view.dto';
import { GetPlanVersionQuery } from './get-plan-version.query';
import { PlanVersionParamDto } from './get-plan-version.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans/:planId/versions')
export class GetPlanVersionHttpController {
  constructor(private readonly query: GetPlanVersionQuery) {}

  @Roles(...CARE_PLAN_READERS)
  @Get(':version')
  @ApiOperation({
    summary: 'One version of a care plan: its goals and interventions as that version said them',
    description:
      'The plan as it last stood at that version (e.g. the last approved one, to compare with the version submitted). Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.',
  })
  @ApiOkResponse({ type: PlanDto, description: 'The plan at that version; measureProgress is always null' })
  @ApiNotFoundResponse({
    description:
      'CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope; CARE_PLAN.PLAN_NOT_FOUND for a plan or version that does not exist',
  })
  get(@Param() { caseId, planId, version }: PlanVersionParamDto, @Ctx() context: RequestContext): Promise<PlanView> {
    return this.query.execute(context, caseId, planId, version);
  }
}
