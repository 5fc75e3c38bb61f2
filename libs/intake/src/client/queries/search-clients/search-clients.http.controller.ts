import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CLIENT_READERS } from '../../client.roles';
import { SearchClientsQuery, type ClientSearchResult } from './search-clients.query';
import { SearchClientsRequestDto } from './search-clients.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class SearchClientsHttpController {
  constructor(private readonly query: SearchClientsQuery) {}

  @Roles(...CLIENT_READERS)
  @Get()
  @ApiOperation({
    summary: 'Find clients by name, date of birth or identifier (at most 50; erased clients never match)',
  })
  @ApiOkResponse({ description: '{ clients: [...] }; merged clients carry mergedInto' })
  search(
    @Query() filters: SearchClientsRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<{ clients: ClientSearchResult[] }> {
    return this.query.execute(context, filters);
  }
}
