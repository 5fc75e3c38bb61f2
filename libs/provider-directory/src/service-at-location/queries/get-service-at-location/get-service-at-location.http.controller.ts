import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsDocument } from '../../../hsds/hsds-documents';
import { GetServiceAtLocationQuery } from './get-service-at-location.query';

@ApiTags('HSDS 3.0')
@Controller('service_at_locations')
export class GetServiceAtLocationHttpController {
  constructor(private readonly query: GetServiceAtLocationQuery) {}

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'A service at a location, fully nested (HSDS getServiceAtLocationWithNestedDataById)' })
  @ApiOkResponse({ description: 'Validates against compiled/service_at_location.json' })
  get(@Param('id') serviceAtLocationId: string, @Ctx() context: RequestContext): Promise<HsdsDocument> {
    return this.query.execute(context.tenantId, serviceAtLocationId);
  }
}
