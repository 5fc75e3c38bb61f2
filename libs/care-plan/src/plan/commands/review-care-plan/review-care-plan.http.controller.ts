import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { PlanParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { ReviewCarePlanRequestDto } from './review-care-plan.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class ReviewCarePlanHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/reviews')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Review a plan in force',
    description:
      'Each open goal’s progress and a summary; the next review falls due the program’s interval after the review date.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async review(
    @Param() { caseId, planId }: PlanParamDto,
    @Body() body: ReviewCarePlanRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const reviewId = uuidv7();
    const result = await this.handler.execute(
      'ReviewCarePlan',
      caseId,
      {
        planId,
        reviewId,
        reviewedOn: body.reviewedOn,
        summary: body.summary,
        goals: body.goals.map(({ goalId, achievementStatus }) => ({ goalId, achievementStatus })),
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, id: reviewId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
