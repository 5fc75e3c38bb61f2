import { randomUUID } from 'node:crypto';
import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { timelineWriter } from '../exported-entry';
import { streamToResponse } from '../stream-export';
import { CaseTimelineExportDto, type CaseTimelineExportHead } from './case-timeline-export.dto';
import { ExportCaseTimelineQuery } from './export-case-timeline.query';
import { ExportCaseTimelineRequestDto } from './export-case-timeline.request.dto';

@ApiTags('audit')
@Controller('audit/cases')
export class ExportCaseTimelineHttpController {
  constructor(
    private readonly query: ExportCaseTimelineQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor')
  @Get(':caseId/export')
  @ApiOperation({
    summary: 'A case’s timeline as a file: JSON, CSV, or a FHIR R4 Bundle of AuditEvents (IHE BALP)',
    description:
      'Each entry with its chain hash. The read is itself recorded in the chain, after the entries exported.',
  })
  @ApiFormatsResponse(
    CaseTimelineExportDto,
    ['json', 'csv', 'fhir'],
    'An attachment: JSON by default; with format=csv, a row per entry; with format=fhir, a Bundle (type collection) ' +
      'of AuditEvents',
  )
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant' })
  async export(
    @Param('caseId') caseId: string,
    @Query() query: ExportCaseTimelineRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<StreamableFile> {
    const entries = await this.query.execute(context.tenantId, caseId);
    await this.accessLog.viewed(context, caseId, 'GET /audit/cases/{caseId}/export', 'auditor');
    const exportedAt = new Date().toISOString();
    const writer = timelineWriter(query.format ?? 'json', {
      tenantId: context.tenantId,
      head: { caseId, exportedAt } satisfies CaseTimelineExportHead,
      bundle: { id: randomUUID(), timestamp: exportedAt },
    });
    return streamToResponse(rowsOf(entries), writer, `case-${caseId}-timeline`);
  }
}

async function* rowsOf<Row>(rows: readonly Row[]): AsyncGenerator<Row> {
  yield* rows;
}
