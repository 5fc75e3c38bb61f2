import { Controller, Get, Param, type StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { timelineWriter } from '../exported-entry';
import { streamToResponse } from '../stream-export';
import { TenantExportParamDto } from '../get-tenant-export/tenant-export-param.dto';
import { TenantExports } from '../tenant-exports';
import { TenantExportContentDto, type TenantExportContentHead } from './tenant-export-content.dto';

@ApiTags('audit')
@Controller('audit/exports')
export class ReadTenantExportHttpController {
  constructor(
    private readonly exports: TenantExports,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor', 'admin')
  @Get(':exportId/content')
  @ApiOperation({
    summary: 'Streams an export: every case’s timeline up to the chain entry captured when it was asked for',
    description:
      'Written from the chain as it is sent, a page of entries at a time, so the same export reads the same every ' +
      'time and nothing of it is stored. Progress shows at GET /audit/exports/{id}. The read is recorded in the chain.',
  })
  @ApiFormatsResponse(
    TenantExportContentDto,
    ['json', 'csv', 'fhir'],
    'An attachment in the format the export was asked for: JSON, CSV (a row per entry) or a Bundle (type ' +
      'collection) of AuditEvents',
  )
  @ApiNotFoundResponse({ description: 'No such export in this tenant' })
  @ApiConflictResponse({ description: 'The export is being read by another request' })
  async content(@Param() { exportId }: TenantExportParamDto, @Ctx() context: RequestContext): Promise<StreamableFile> {
    const started = await this.exports.start(context.tenantId, exportId);
    const role = context.actor.roles.includes('auditor') ? 'auditor' : 'admin';
    try {
      await this.accessLog.viewedExport(context, exportId, 'GET /audit/exports/{exportId}/content', role);
    } catch (error) {
      // Unrecorded reads answer nothing: the export is released for the next read.
      await this.exports.release(context.tenantId, exportId);
      throw error;
    }
    const writer = timelineWriter(started.format, {
      tenantId: context.tenantId,
      head: {
        tenantId: context.tenantId,
        exportId,
        upToSequence: started.upToSequence,
        createdAt: started.createdAt,
      } satisfies TenantExportContentHead,
      bundle: { id: exportId, timestamp: started.createdAt },
    });
    return streamToResponse(this.exports.entries(context.tenantId, started), writer, `export-${exportId}`);
  }
}
