import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_APPROVERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ReturnCarePlanRequestDto } from './return-care-plan.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ReturnCarePlanHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_APPROVERS)
  @Post(':planId/return')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Return a submitted version with comments',
    description: 'A supervisor of the case’s team; the comments are sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async returnPlan(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: ReturnCarePlanRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ReturnCarePlan',
      caseId,
      { planId, version: body.version, comments: body.comments },
      context,
      CARE_PLAN_APPROVERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
