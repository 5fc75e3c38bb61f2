import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { GetCaseStateQuery, type CaseStateAsOf } from './get-case-state.query';
import { GetCaseStateRequestDto } from './get-case-state.request.dto';

@ApiTags('audit')
@Controller('audit/cases')
export class GetCaseStateHttpController {
  constructor(private readonly query: GetCaseStateQuery) {}

  @Roles('auditor')
  @Get(':caseId/state')
  @ApiOperation({
    summary: 'A case as it stood at `asOf`, replayed from the audit trail with intake’s own evolve function',
  })
  @ApiOkResponse({ description: '{ caseId, asOf, basis, version, state, eventsApplied }' })
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant by then' })
  state(
    @Param('caseId') caseId: string,
    @Query() query: GetCaseStateRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseStateAsOf> {
    return this.query.execute(context.tenantId, caseId, new Date(query.asOf), query.basis ?? 'recorded');
  }
}
