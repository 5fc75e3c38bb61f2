import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_APPROVERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ApproveCarePlanRequestDto } from './approve-care-plan.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ApproveCarePlanHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_APPROVERS)
  @Post(':planId/approval')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Approve exactly the submitted version',
    description:
      'A supervisor of the case’s team who did not write or submit the version. The approval of a draft puts it in force and supersedes the plan before it; the next review falls due the program’s interval later.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async approve(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: ApproveCarePlanRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ApproveCarePlan',
      caseId,
      { planId, version: body.version },
      context,
      CARE_PLAN_APPROVERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
