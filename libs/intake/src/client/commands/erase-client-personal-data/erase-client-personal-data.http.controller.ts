import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { ClientIdParamDto, ClientWriteResponseDto } from '../../client-http.dto';
import { CLIENT_ERASERS } from '../../client.roles';
import { EraseClientPersonalDataHandler } from './erase-client-personal-data.handler';
import { EraseClientPersonalDataRequestDto } from './erase-client-personal-data.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class EraseClientPersonalDataHttpController {
  constructor(private readonly handler: EraseClientPersonalDataHandler) {}

  @Roles(...CLIENT_ERASERS)
  @Post(':id/erase')
  @HttpCode(200)
  @ApiOperation({
    summary: "Erase a client's personal data by shredding the client's key; every event and the audit chain remain",
  })
  @ApiOkResponse({ type: ClientWriteResponseDto })
  async erase(
    @Param() params: ClientIdParamDto,
    @Body() body: EraseClientPersonalDataRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ClientWriteResponseDto> {
    const result = await this.handler.execute({
      type: 'EraseClientPersonalData',
      data: { clientId: params.id, basis: body.basis },
      metadata: commandMetadataFrom(context, 'admin'),
    });
    return { id: params.id, version: result.version, changed: result.events.length > 0 };
  }
}
