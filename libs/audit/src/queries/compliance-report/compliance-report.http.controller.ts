import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { complianceReaderOf } from './compliance-reader';
import { ComplianceReportDto } from './compliance-report.dto';
import { complianceReportCsv, ComplianceReportQuery, type ComplianceReport } from './compliance-report.query';
import { ComplianceReportRequestDto } from './compliance-report.request.dto';

@ApiTags('audit')
@Controller('audit/compliance')
export class ComplianceReportHttpController {
  constructor(
    private readonly query: ComplianceReportQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor', 'admin', 'supervisor')
  @Get()
  @ApiOperation({
    summary: 'Compliance of the tenant’s cases: violations and fine exposure, met and pending, grouped',
    description:
      'Obligations due within [from, to] (agency’s calendar), grouped by tenant, program, team, worker, case, month ' +
      'or rule. A supervisor reads their own team’s cases only. Violations are the violated and the late-met obligations, each fined. `clock=occurred` judges as things ' +
      'happened, now; `clock=known` as the record stood at `knownOn`. JSON, or CSV with format=csv. The read is ' +
      'recorded in the chain.',
  })
  @ApiFormatsResponse(
    ComplianceReportDto,
    ['json', 'csv'],
    'JSON by default; with format=csv, a row per group and one of totals',
  )
  @ApiBadRequestResponse({ description: 'A parameter is not valid: the field and the reason' })
  async report(
    @Query() request: ComplianceReportRequestDto,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplianceReport | string> {
    const reader = complianceReaderOf(context, request.team);
    const report = await this.query.execute(context.tenantId, request, reader);
    const { role } = reader;
    const { format: _format, ...asked } = request;
    if (request.caseId !== undefined) {
      await this.accessLog.viewed(context, request.caseId, 'GET /audit/compliance', role);
    } else {
      await this.accessLog.viewedTenant(context, 'GET /audit/compliance', role, { ...asked });
    }
    if (request.format !== 'csv') return report;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="compliance.csv"');
    return complianceReportCsv(report);
  }
}
