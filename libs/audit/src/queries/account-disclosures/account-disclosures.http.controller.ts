import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { ApiFormatsResponse } from '../../shared/formats-response';
import { DisclosureAccountingDto } from './disclosure-accounting.dto';
import { AccountDisclosuresQuery, disclosuresCsv, type DisclosureAccounting } from './account-disclosures.query';
import { AccountDisclosuresRequestDto } from './account-disclosures.request.dto';

class ClientParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly clientId!: string;
}

@ApiTags('audit')
@Controller('audit/clients')
export class AccountDisclosuresHttpController {
  constructor(
    private readonly query: AccountDisclosuresQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor')
  @Get(':clientId/disclosures')
  @ApiOperation({
    summary: 'Accounting of disclosures of a client’s records (HIPAA §164.528), six years back by default',
    description:
      'Each disclosure: when, to which organisation, what (fields and information categories), for what purpose, under which consent, with its §2.32 notice; JSON, or CSV with format=csv. The read is itself recorded in the chain.',
  })
  @ApiFormatsResponse(
    DisclosureAccountingDto,
    ['json', 'csv'],
    'JSON by default; with format=csv, a row per disclosure',
  )
  async account(
    @Param() { clientId }: ClientParamDto,
    @Query() query: AccountDisclosuresRequestDto,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisclosureAccounting | string> {
    const accounting = await this.query.execute(context.tenantId, clientId, query);
    await this.accessLog.viewedClient(context, clientId, 'GET /audit/clients/{clientId}/disclosures', 'auditor');
    if (query.format !== 'csv') return accounting;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="disclosures.csv"');
    return disclosuresCsv(accounting);
  }
}
