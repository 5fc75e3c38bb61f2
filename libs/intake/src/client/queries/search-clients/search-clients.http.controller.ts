import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CLIENT_READERS } from '../../client.roles';
import { ClientSearchResultsDto } from './client-search-results.dto';
import { SearchClientsQuery, type ClientSearchResult } from './search-clients.query';
import { SearchClientsRequestDto } from './search-clients.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class SearchClientsHttpController {
  constructor(private readonly query: SearchClientsQuery) {}

  @Roles(...CLIENT_READERS)
  @Post('search')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Find clients by name, date of birth or identifier (at most 50; erased clients never match)',
    description:
      'The criteria travel in the body, never in the URL. Name words match whole words of the given or family name; every criterion given must match.',
  })
  @ApiOkResponse({ type: ClientSearchResultsDto, description: 'The clients found; merged clients carry mergedInto' })
  search(
    @Body() filters: SearchClientsRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<{ clients: ClientSearchResult[] }> {
    return this.query.execute(context, filters);
  }
}
