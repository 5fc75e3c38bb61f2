import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_CLOSERS } from '../../case.roles';
import { CloseCaseHandler } from './close-case.handler';
import { CloseCaseRequestDto } from './close-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class CloseCaseHttpController {
  constructor(private readonly handler: CloseCaseHandler) {}

  @Roles(...CASE_CLOSERS)
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a case with a reason and an outcome; only a reopening changes it afterwards' })
  @ApiOkResponse({ type: CaseWriteResponseDto })
  async close(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: CloseCaseRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'CloseCase',
        data: { caseId, reason: body.reason, outcome: body.outcome },
        metadata: commandMetadataFrom(context, CASE_CLOSERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
