import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { SubmitCarePlanRequestDto } from './submit-care-plan.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class SubmitCarePlanHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/submission')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit the version of the plan the worker read for approval',
    description: '409 CARE_PLAN.VERSION_NOT_CURRENT when the plan changed since.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async submit(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: SubmitCarePlanRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'SubmitCarePlan',
      caseId,
      { planId, version: body.version },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
