import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_WORKERS } from '../../case.roles';
import { AdvanceCaseStatusHandler } from './advance-case-status.handler';
import { AdvanceCaseStatusRequestDto } from './advance-case-status.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class AdvanceCaseStatusHttpController {
  constructor(private readonly handler: AdvanceCaseStatusHandler) {}

  @Roles(...CASE_WORKERS)
  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a case forward to its next status' })
  @ApiOkResponse({ type: CaseWriteResponseDto })
  @ApiConflictResponse({
    description:
      'INTAKE.CASE_TRANSITION_NOT_ALLOWED (back or skipping), INTAKE.CASE_CLOSED, or a stale expectedVersion',
  })
  async advance(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: AdvanceCaseStatusRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'AdvanceCaseStatus',
        data: { caseId, to: body.to },
        metadata: commandMetadataFrom(context, CASE_WORKERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
