import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { GoalParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ChangeGoalLifecycleRequestDto } from './change-goal-lifecycle.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ChangeGoalLifecycleHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals/:goalId/lifecycle')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Move a goal in its FHIR lifecycle',
    description:
      'Planned, accepted, active, on hold, completed or cancelled (with a reason); never back to proposed. A new version of the plan.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async changeGoalLifecycle(
    @Param() { caseId, planId, goalId }: GoalParamDto,
    @Body() body: ChangeGoalLifecycleRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ChangeGoalLifecycle',
      caseId,
      { planId, goalId, to: body.to, ...(body.reason !== undefined ? { reason: body.reason } : {}) },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
