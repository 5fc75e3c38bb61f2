import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { GoalParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { RecordGoalAchievementRequestDto } from './record-goal-achievement.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class RecordGoalAchievementHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals/:goalId/achievement')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record how a goal is going (FHIR achievementStatus)',
    description: 'Progress, not a change to the plan: no new version.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async recordGoalAchievement(
    @Param() { caseId, planId, goalId }: GoalParamDto,
    @Body() body: RecordGoalAchievementRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'RecordGoalAchievement',
      caseId,
      { planId, goalId, to: body.to },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
