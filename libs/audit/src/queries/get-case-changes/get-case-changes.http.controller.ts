import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { CaseChangesDto } from './case-changes.dto';
import { GetCaseChangesQuery, type CaseChanges } from './get-case-changes.query';
import { GetCaseChangesRequestDto, momentOf } from './get-case-changes.request.dto';

@ApiTags('audit')
@Controller('audit/cases')
export class GetCaseChangesHttpController {
  constructor(
    private readonly query: GetCaseChangesQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor')
  @Get(':caseId/changes')
  @ApiOperation({
    summary: 'What changed in a case between two moments, who changed it, and when it happened and was recorded',
    description:
      'The case replayed at `from` and at `to` (as GET /audit/cases/{caseId}/state does), the differences between ' +
      'the two by JSON Pointer, and the changes in between. The read is itself recorded in the chain.',
  })
  @ApiOkResponse({ type: CaseChangesDto })
  @ApiBadRequestResponse({ description: 'A missing or malformed date, an unknown clock, or `from` after `to`' })
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant' })
  async changes(
    @Param('caseId') caseId: string,
    @Query() query: GetCaseChangesRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseChanges> {
    const changes = await this.query.execute(
      context.tenantId,
      caseId,
      momentOf(query.from, 'from'),
      momentOf(query.to, 'to'),
      query.clock ?? 'recorded',
    );
    await this.accessLog.viewed(context, caseId, 'GET /audit/cases/{caseId}/changes', 'auditor');
    return changes;
  }
}
