import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { TenantExportDto } from '../tenant-export.dto';
import { TenantExports, type TenantExport } from '../tenant-exports';
import { TenantExportParamDto } from './tenant-export-param.dto';

@ApiTags('audit')
@Controller('audit/exports')
export class GetTenantExportHttpController {
  constructor(
    private readonly exports: TenantExports,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor', 'admin')
  @Get(':exportId')
  @ApiOperation({
    summary: 'An export’s status and progress: cases and entries written of the total, started and finished',
    description: 'Counts and times only, nothing of a case. The read is recorded in the chain, under the export.',
  })
  @ApiOkResponse({ type: TenantExportDto })
  @ApiNotFoundResponse({ description: 'No such export in this tenant' })
  async status(@Param() { exportId }: TenantExportParamDto, @Ctx() context: RequestContext): Promise<TenantExport> {
    const found = await this.exports.find(context.tenantId, exportId);
    const role = context.actor.roles.includes('auditor') ? 'auditor' : 'admin';
    await this.accessLog.viewedExport(context, exportId, 'GET /audit/exports/{exportId}', role);
    return found;
  }
}
