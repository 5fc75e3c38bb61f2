import { randomUUID } from 'node:crypto';
import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { streamToResponse } from '../../exports/stream-export';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { complianceReaderOf } from '../compliance-report/compliance-reader';
import { ExportObligationsQuery } from './export-obligations.query';
import { ExportObligationsRequestDto } from './export-obligations.request.dto';
import { obligationsWriter } from './obligation-export';
import { ObligationsExportDto, type ObligationsExportHead } from './obligations-export.dto';

@ApiTags('audit')
@Controller('audit/compliance')
export class ExportObligationsHttpController {
  constructor(
    private readonly query: ExportObligationsQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor', 'admin', 'supervisor')
  @Get('obligations')
  @ApiOperation({
    summary: 'Every obligation of the tenant’s cases due in a period, streamed: CSV, JSON or FHIR AuditEvents',
    description:
      'The report’s period, clock and filters, one line (or AuditEvent) per obligation: its rule, when it arose and ' +
      'was due, its status, what met or ended it, and the fine. Streamed as it is read (the occurred clock from the ' +
      'read model, the known clock evaluated case by case), so a tenant of any size exports in flat memory. A ' +
      'supervisor exports their own team’s cases only. The read is recorded in the chain before the first byte.',
  })
  @ApiFormatsResponse(
    ObligationsExportDto,
    ['csv', 'json', 'fhir'],
    'An attachment: CSV by default; with format=json, the period and clock and the obligations; with format=fhir, a ' +
      'Bundle (type collection) of AuditEvents',
  )
  @ApiBadRequestResponse({ description: 'A parameter is not valid: the field and the reason' })
  async export(@Query() request: ExportObligationsRequestDto, @Ctx() context: RequestContext): Promise<StreamableFile> {
    const reader = complianceReaderOf(context, request.team);
    const opened = this.query.open(context.tenantId, request, reader);
    const { role } = reader;
    const { format: _format, ...asked } = request;
    const view = 'GET /audit/compliance/obligations';
    if (request.caseId !== undefined) await this.accessLog.viewed(context, request.caseId, view, role);
    else await this.accessLog.viewedTenant(context, view, role, { ...asked });
    const judgedAt = opened.evaluatedAt.toISOString();
    const { clock } = opened.scope;
    const head = {
      clock: clock.kind,
      knownOn: clock.kind === 'known' ? clock.on.toISOString() : null,
      from: request.from,
      to: request.to,
      evaluatedAt: judgedAt,
    } satisfies ObligationsExportHead;
    const writer = obligationsWriter(
      request.format ?? 'csv',
      {
        tenantId: context.tenantId,
        head,
        bundleId: randomUUID(),
      },
      judgedAt,
    );
    return streamToResponse(opened.rows, writer, `compliance-obligations-${request.from}-${request.to}`);
  }
}
