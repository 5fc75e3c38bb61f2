import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { TenantExportDto } from '../tenant-export.dto';
import { TenantExports, type TenantExport } from '../tenant-exports';
import { TenantExportParamDto } from './tenant-export-param.dto';

@ApiTags('audit')
@Controller('audit/exports')
export class GetTenantExportHttpController {
  constructor(private readonly exports: TenantExports) {}

  @Roles('auditor', 'admin')
  @Get(':exportId')
  @ApiOperation({
    summary: 'An export’s status and progress: cases and entries written of the total, started and finished',
  })
  @ApiOkResponse({ type: TenantExportDto })
  @ApiNotFoundResponse({ description: 'No such export in this tenant' })
  status(@Param() { exportId }: TenantExportParamDto, @Ctx() context: RequestContext): Promise<TenantExport> {
    return this.exports.find(context.tenantId, exportId);
  }
}
