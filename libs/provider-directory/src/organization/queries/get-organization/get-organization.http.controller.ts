import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsDocument } from '../../../hsds/hsds-documents';
import { GetOrganizationQuery } from './get-organization.query';

@ApiTags('HSDS 3.0')
@Controller('organizations')
export class GetOrganizationHttpController {
  constructor(private readonly query: GetOrganizationQuery) {}

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'An organisation with its locations and services (HSDS getOrganizationById)' })
  @ApiOkResponse({ description: 'Validates against compiled/organization.json; the ETag header holds its version' })
  async get(
    @Param('id') organizationId: string,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HsdsDocument> {
    const read = await this.query.execute(context.tenantId, organizationId);
    void reply.header('ETag', `"${read.version}"`);
    return read.document;
  }
}
