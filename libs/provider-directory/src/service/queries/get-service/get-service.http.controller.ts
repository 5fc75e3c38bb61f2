import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsDocument } from '../../../hsds/hsds-documents';
import { GetServiceQuery } from './get-service.query';
import { GetServiceRequestDto } from './get-service.request.dto';

@ApiTags('HSDS 3.0')
@Controller('services')
export class GetServiceHttpController {
  constructor(private readonly query: GetServiceQuery) {}

  @AnyRole()
  @Get(':id')
  @ApiOperation({
    summary: 'A fully nested service (HSDS getFullyNestedServiceById), now or as it stood at `asOf`',
    description: 'The ETag header holds the version of the service, to send as expectedVersion with a change.',
  })
  @ApiOkResponse({
    description: 'Validates against compiled/service.json; capacity in the HSDS 3.1 service_capacity shape',
  })
  async get(
    @Param('id') serviceId: string,
    @Query() query: GetServiceRequestDto,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HsdsDocument> {
    const read = await this.query.execute(context.tenantId, serviceId, query.asOf ? new Date(query.asOf) : undefined);
    void reply.header('ETag', `"${read.version}"`);
    return read.document;
  }
}
