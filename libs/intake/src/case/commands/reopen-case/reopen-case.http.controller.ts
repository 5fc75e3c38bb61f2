import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_REOPENERS } from '../../case.roles';
import { ReopenCaseHandler } from './reopen-case.handler';
import { ReopenCaseRequestDto } from './reopen-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class ReopenCaseHttpController {
  constructor(private readonly handler: ReopenCaseHandler) {}

  @Roles(...CASE_REOPENERS)
  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed case; it starts again in assessment' })
  @ApiOkResponse({ type: CaseWriteResponseDto })
  async reopen(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: ReopenCaseRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'ReopenCase',
        data: { caseId, reason: body.reason },
        metadata: commandMetadataFrom(context, CASE_REOPENERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
