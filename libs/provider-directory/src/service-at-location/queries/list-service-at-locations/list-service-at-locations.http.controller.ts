import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsPage } from '../../../hsds/hsds-documents';
import { HsdsServiceFilterRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ListServiceAtLocationsQuery } from './list-service-at-locations.query';

@ApiTags('HSDS 3.0')
@Controller('service_at_locations')
export class ListServiceAtLocationsHttpController {
  constructor(private readonly query: ListServiceAtLocationsQuery) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'Paginated services at locations (HSDS getPaginatedListOfServiceAtLocation)' })
  @ApiOkResponse({ description: 'An HSDS Page whose contents validate against compiled/service_at_location_list.json' })
  list(@Query() query: HsdsServiceFilterRequestDto, @Ctx() context: RequestContext): Promise<HsdsPage> {
    return this.query.execute(context.tenantId, query);
  }
}
