import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_TRANSFERRERS } from '../../case.roles';
import { TransferCaseHandler } from './transfer-case.handler';
import { TransferCaseRequestDto } from './transfer-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class TransferCaseHttpController {
  constructor(private readonly handler: TransferCaseHandler) {}

  @Roles(...CASE_TRANSFERRERS)
  @Post(':id/transfer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Transfer a case to another team',
    description: 'The assignment ends with the transfer: the case joins the receiving team’s unassigned queue.',
  })
  @ApiOkResponse({ type: CaseWriteResponseDto })
  async transfer(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: TransferCaseRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'TransferCase',
        data: { caseId, toTeamId: body.toTeamId, reason: body.reason },
        metadata: commandMetadataFrom(context, CASE_TRANSFERRERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
