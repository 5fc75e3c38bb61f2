import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { PlanCommandHandler } from '../../plan-command.handler';
import { GoalParamDto, PlanWriteResponseDto } from '../../plan-http.dto';
import { NoteProgressRequestDto } from './note-progress.request.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/cases/:caseId/plans')
export class NoteProgressHttpController {
  constructor(private readonly handler: PlanCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post(':planId/goals/:goalId/notes')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Write a progress note on a goal',
    description: 'The note is sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: PlanWriteResponseDto })
  async noteProgress(
    @Param() { caseId, planId, goalId }: GoalParamDto,
    @Body() body: NoteProgressRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PlanWriteResponseDto> {
    const noteId = uuidv7();
    const result = await this.handler.execute(
      'NoteProgress',
      caseId,
      { planId, goalId, noteId, text: body.text },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, planId, id: noteId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
