import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanWriteResponseDto } from '../../plan-http.dto';
import { CaseParamDto } from '../../../shared/care-plan-http.dto';
import { DraftCarePlanRequestDto } from './draft-care-plan.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class DraftCarePlanHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Draft a care plan for the case',
    description:
      'One draft at a time; a case that is not open answers 409 CARE_PLAN.CASE_NOT_OPEN. The approval of the draft puts it in force and supersedes the plan in force before it.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async draft(
    @Param() { caseId }: CaseParamDto,
    @Body() body: DraftCarePlanRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const planId = uuidv7();
    const result = await this.handler.execute(
      'DraftCarePlan',
      caseId,
      { planId },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
