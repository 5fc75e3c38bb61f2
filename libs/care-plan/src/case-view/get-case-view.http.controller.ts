import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_READERS } from '../shared/care-plan-access.policy';
import { CaseViewDto } from './case-view.dto';
import type { CaseView } from './case-view.types';
import { GetCaseViewQuery } from './get-case-view.query';

/** The `{caseId}` of a care plan case route. */
export class CaseViewParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly caseId!: string;
}

@ApiTags('care plan: cases')
@Controller('care-plan/cases')
export class GetCaseViewHttpController {
  constructor(private readonly query: GetCaseViewQuery) {}

  @Roles(...CARE_PLAN_READERS)
  @Get(':caseId')
  @ApiOperation({
    summary: 'A case as care plan knows it from intake’s events: team, case manager, status, priority, program, needs',
    description:
      'Read by the assigned case manager, a supervisor of the case’s team, and the tenant’s auditors and admins.',
  })
  @ApiOkResponse({ type: CaseViewDto, description: 'The case' })
  @ApiNotFoundResponse({ description: 'CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope' })
  get(@Param() { caseId }: CaseViewParamDto, @Ctx() context: RequestContext): Promise<CaseView> {
    return this.query.execute(context, caseId);
  }
}
