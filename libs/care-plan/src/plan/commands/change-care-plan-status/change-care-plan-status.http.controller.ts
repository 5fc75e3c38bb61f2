import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ChangeCarePlanStatusRequestDto } from './change-care-plan-status.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ChangeCarePlanStatusHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/status')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Put a plan on hold, resume, complete or revoke it, or mark it entered in error',
    description:
      'A reason is required for on hold, revoked and entered in error. A case no longer open still lets its plan be completed or revoked.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async changeStatus(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: ChangeCarePlanStatusRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const result = await this.handler.execute(
      'ChangeCarePlanStatus',
      caseId,
      { planId, to: body.to, ...(body.reason !== undefined ? { reason: body.reason } : {}) },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
