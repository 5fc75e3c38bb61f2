import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { goalContentOf } from '../goal-content.dto';
import { AddGoalRequestDto } from './add-goal.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class AddGoalHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a goal answering some of the case’s needs',
    description: 'A new version of the plan: an approved plan then awaits re-approval.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async addGoal(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: AddGoalRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const goalId = uuidv7();
    const result = await this.handler.execute(
      'AddGoal',
      caseId,
      {
        planId,
        goalId,
        ...goalContentOf(body),
        ...(body.lifecycleStatus ? { lifecycleStatus: body.lifecycleStatus } : {}),
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, id: goalId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
