import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { GoalParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { AddInterventionRequestDto } from './add-intervention.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class AddInterventionHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals/:goalId/interventions')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add an intervention under a goal',
    description: 'What, who is responsible, by when; a new version of the plan.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async addIntervention(
    @Param() { caseId, planId, goalId }: GoalParamDto,
    @Body() body: AddInterventionRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const interventionId = uuidv7();
    const result = await this.handler.execute(
      'AddIntervention',
      caseId,
      {
        planId,
        goalId,
        interventionId,
        description: body.description,
        responsible: {
          kind: body.responsible.kind,
          ...(body.responsible.organizationId ? { organizationId: body.responsible.organizationId } : {}),
        },
        dueDate: body.dueDate,
        ...(body.referralId ? { referralId: body.referralId } : {}),
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, id: interventionId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
