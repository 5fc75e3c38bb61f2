import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import { GetServiceHistoryQuery, type ListingChange } from './get-service-history.query';
import { ListingChangeDto } from './listing-change.dto';

@ApiTags('directory search')
@Controller('directory/services')
export class GetServiceHistoryHttpController {
  constructor(private readonly query: GetServiceHistoryQuery) {}

  @AnyRole()
  @Get(':id/history')
  @ApiOperation({
    summary: 'Every change to a service listing, oldest first (read it as of any time with GET /services/{id}?asOf=)',
  })
  @ApiOkResponse({
    type: [ListingChangeDto],
    description: 'The events of the service: version, type, when, who, and the changed fields',
  })
  history(@Param('id') serviceId: string, @Ctx() context: RequestContext): Promise<ListingChange[]> {
    return this.query.execute(context.tenantId, serviceId);
  }
}
