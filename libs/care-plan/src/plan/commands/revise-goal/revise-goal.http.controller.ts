import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { GoalParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { goalContentOf } from '../goal-content.dto';
import { ReviseGoalRequestDto } from './revise-goal.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ReviseGoalHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Put(':planId/goals/:goalId')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revise a goal’s needs, wording, target date or measure',
    description: 'A new version of the plan.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async reviseGoal(
    @Param() { caseId, planId, goalId }: GoalParamDto,
    @Body() body: ReviseGoalRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ReviseGoal',
      caseId,
      { planId, goalId, ...goalContentOf(body) },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
