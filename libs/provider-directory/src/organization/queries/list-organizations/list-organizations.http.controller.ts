import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsPage } from '../../../hsds/hsds-documents';
import { HsdsPageRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ListOrganizationsQuery } from './list-organizations.query';

@ApiTags('HSDS 3.0')
@Controller('organizations')
export class ListOrganizationsHttpController {
  constructor(private readonly query: ListOrganizationsQuery) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'Paginated organisations (HSDS getPaginatedListOfOrganizations)' })
  @ApiOkResponse({ description: 'An HSDS Page whose contents validate against compiled/organization_list.json' })
  list(@Query() query: HsdsPageRequestDto, @Ctx() context: RequestContext): Promise<HsdsPage> {
    return this.query.execute(context.tenantId, query);
  }
}
