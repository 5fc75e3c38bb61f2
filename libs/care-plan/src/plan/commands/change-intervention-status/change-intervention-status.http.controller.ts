import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { InterventionParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ChangeInterventionStatusRequestDto } from './change-intervention-status.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ChangeInterventionStatusHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals/:goalId/interventions/:interventionId/status')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Move an intervention on, or cancel it',
    description: 'Scheduled, in progress, completed; a cancellation is a new version of the plan.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async changeInterventionStatus(
    @Param() { caseId, planId, goalId, interventionId }: InterventionParamDto,
    @Body() body: ChangeInterventionStatusRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ChangeInterventionStatus',
      caseId,
      { planId, goalId, interventionId, to: body.to },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
