import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { TenantExportDto } from '../tenant-export.dto';
import { TenantExports, type TenantExport } from '../tenant-exports';
import { CreateTenantExportRequestDto } from './create-tenant-export.request.dto';

@ApiTags('audit')
@Controller('audit/exports')
export class CreateTenantExportHttpController {
  constructor(private readonly exports: TenantExports) {}

  @Roles('auditor', 'admin')
  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Asks for an export of every case’s timeline in the tenant, as the chain stands now',
    description:
      'Records the request and the chain entry it goes up to; nothing is written until the content is read ' +
      '(GET /audit/exports/{id}/content), which streams the file and shows its progress at GET /audit/exports/{id}.',
  })
  @ApiAcceptedResponse({ type: TenantExportDto, description: 'The export, `ready` to be read' })
  create(@Body() body: CreateTenantExportRequestDto, @Ctx() context: RequestContext): Promise<TenantExport> {
    return this.exports.create(context.tenantId, uuidv7(), body.format, context.actor.id);
  }
}
