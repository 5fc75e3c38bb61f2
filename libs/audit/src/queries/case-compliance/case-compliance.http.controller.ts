import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { complianceReaderOf } from '../compliance-report/compliance-reader';
import { CaseComplianceDto } from './case-compliance.dto';
import { caseComplianceCsv, CaseComplianceQuery, type CaseCompliance } from './case-compliance.query';
import { CaseComplianceRequestDto } from './case-compliance.request.dto';

@ApiTags('audit')
@Controller('audit/cases')
export class CaseComplianceHttpController {
  constructor(
    private readonly query: CaseComplianceQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor', 'admin', 'supervisor')
  @Get(':caseId/compliance')
  @ApiOperation({
    summary: 'A case’s obligations under the compliance rules and how each stands, on either clock',
    description:
      '`clock=occurred` (default): as things happened, now. `clock=known&knownOn=`: as the record stood then. Each ' +
      'obligation: rule, what it concerns, when it arose and was due, status, when met, how late or overdue, fine, ' +
      'and the rule set version that judged it. A supervisor reads the cases their team holds now. JSON, or CSV with ' +
      'format=csv.',
  })
  @ApiFormatsResponse(CaseComplianceDto, ['json', 'csv'], 'JSON by default; with format=csv, a row per obligation')
  @ApiBadRequestResponse({ description: 'A parameter is not valid: the field and the reason' })
  @ApiNotFoundResponse({
    description:
      'Nothing was recorded about the case in this tenant (by then), or a supervisor’s team does not hold it',
  })
  async compliance(
    @Param('caseId') caseId: string,
    @Query() request: CaseComplianceRequestDto,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseCompliance | string> {
    const reader = complianceReaderOf(context);
    const compliance = await this.query.execute(context.tenantId, caseId, request, reader);
    await this.accessLog.viewed(context, caseId, 'GET /audit/cases/{caseId}/compliance', reader.role);
    if (request.format !== 'csv') return compliance;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="case-compliance.csv"');
    return caseComplianceCsv(compliance);
  }
}
