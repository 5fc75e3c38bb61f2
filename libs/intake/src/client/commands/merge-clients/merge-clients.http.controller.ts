import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { ClientIdParamDto } from '../../client-http.dto';
import { CLIENT_MERGERS } from '../../client.roles';
import { MergeClientsHandler } from './merge-clients.handler';
import { MergeClientsRequestDto, MergeClientsResponseDto } from './merge-clients.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class MergeClientsHttpController {
  constructor(private readonly handler: MergeClientsHandler) {}

  @Roles(...CLIENT_MERGERS)
  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a duplicate into this client (the survivor); both records are kept' })
  @ApiOkResponse({ type: MergeClientsResponseDto })
  @ApiConflictResponse({ description: 'One of the clients was already merged, or the survivor was erased' })
  async merge(
    @Param() params: ClientIdParamDto,
    @Body() body: MergeClientsRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<MergeClientsResponseDto> {
    const result = await this.handler.execute({
      type: 'MergeClient',
      data: { clientId: params.id, mergedClientId: body.mergedClientId, reason: body.reason },
      metadata: commandMetadataFrom(context, CLIENT_MERGERS),
    });
    return {
      id: params.id,
      version: result.survivor.version,
      mergedClientId: body.mergedClientId,
      mergedVersion: result.merged.version,
    };
  }
}
