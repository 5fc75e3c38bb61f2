import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_READERS } from '../../../shared/care-plan-access.policy';
import { AsOfQueryDto, CaseParamDto } from '../../../shared/care-plan-http.dto';
import { CaseCaseworkDto } from './casework-view.dto';
import { GetCaseworkQuery, type CaseCasework } from './get-casework.query';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId/casework')
export class GetCaseworkHttpController {
  constructor(private readonly query: GetCaseworkQuery) {}

  @Roles(...CARE_PLAN_READERS)
  @Get()
  @ApiOperation({
    summary: 'The case’s contacts, appointments and medication checks',
    description:
      'As they stand, or as recorded by `asOf`. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.',
  })
  @ApiOkResponse({ type: CaseCaseworkDto, description: 'The casework, each list in the order it was recorded' })
  @ApiNotFoundResponse({ description: 'CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope' })
  get(
    @Param() { caseId }: CaseParamDto,
    @Query() { asOf }: AsOfQueryDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseCasework> {
    return this.query.execute(
      context,
      caseId,
      'GET /care-plan/cases/{caseId}/casework',
      asOf ? new Date(asOf) : undefined,
    );
  }
}
