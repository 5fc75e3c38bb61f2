import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { ClientIdParamDto } from '../../client-http.dto';
import { CLIENT_READERS } from '../../client.roles';
import { ClientDetailsDto } from './client-details.dto';
import { GetClientQuery, type ClientDetails } from './get-client.query';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class GetClientHttpController {
  constructor(private readonly query: GetClientQuery) {}

  @Roles(...CLIENT_READERS)
  @Get(':id')
  @ApiOperation({ summary: 'A client’s current details; a merged client answers mergedInto, the survivor to follow' })
  @ApiOkResponse({ type: ClientDetailsDto, description: 'The client; `personal` is null once erased' })
  @ApiNotFoundResponse({ description: 'INTAKE.CLIENT_NOT_FOUND' })
  get(@Param() params: ClientIdParamDto, @Ctx() context: RequestContext): Promise<ClientDetails> {
    return this.query.execute(context, params.id);
  }
}
