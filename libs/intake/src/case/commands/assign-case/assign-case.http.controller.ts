import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_ASSIGNERS } from '../../case.roles';
import { AssignCaseHandler } from './assign-case.handler';
import { AssignCaseRequestDto } from './assign-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class AssignCaseHttpController {
  constructor(private readonly handler: AssignCaseHandler) {}

  @Roles(...CASE_ASSIGNERS)
  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Assign or reassign a case to a case manager, within the configured caseload limit',
    description: 'Assigning to the current assignee records nothing (changed: false).',
  })
  @ApiOkResponse({ type: CaseWriteResponseDto })
  @ApiConflictResponse({ description: 'INTAKE.CASELOAD_LIMIT_REACHED: details name caseManagerId, caseload and limit' })
  @ApiForbiddenResponse({ description: 'INTAKE.OVERRIDE_NOT_ALLOWED: only a supervisor overrides the limit' })
  async assign(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: AssignCaseRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'AssignCase',
        data: {
          caseId,
          caseManagerId: body.caseManagerId,
          ...(body.override ? { override: { reason: body.override.reason } } : {}),
        },
        metadata: commandMetadataFrom(context, CASE_ASSIGNERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
