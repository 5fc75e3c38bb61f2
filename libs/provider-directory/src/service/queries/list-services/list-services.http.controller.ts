import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsPage } from '../../../hsds/hsds-documents';
import { HsdsServiceFilterRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ListServicesQuery } from './list-services.query';

@ApiTags('HSDS 3.0')
@Controller('services')
export class ListServicesHttpController {
  constructor(private readonly query: ListServicesQuery) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'Paginated services (HSDS getPaginatedListOfServices)' })
  @ApiOkResponse({ description: 'An HSDS Page whose contents validate against compiled/service_list.json' })
  list(@Query() query: HsdsServiceFilterRequestDto, @Ctx() context: RequestContext): Promise<HsdsPage> {
    return this.query.execute(context.tenantId, query);
  }
}
