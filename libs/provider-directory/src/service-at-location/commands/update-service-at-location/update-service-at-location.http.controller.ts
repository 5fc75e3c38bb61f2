import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { UpdateServiceAtLocationHandler } from './update-service-at-location.handler';
import { UpdateServiceAtLocationRequestDto } from './update-service-at-location.request.dto';

@ApiTags('directory administration')
@Controller('directory/service_at_locations')
export class UpdateServiceAtLocationHttpController {
  constructor(private readonly handler: UpdateServiceAtLocationHandler) {}

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change fields of a service at a location; an update that changes nothing records nothing' })
  @ApiOkResponse({ type: WriteResponseDto })
  async update(
    @Param('id') serviceAtLocationId: string,
    @Body() body: UpdateServiceAtLocationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { expectedVersion: _expectedVersion, ...changes } = givenFields(body);
    const result = await this.handler.execute(
      {
        type: 'UpdateServiceAtLocation',
        data: { serviceAtLocationId, changes },
        metadata: commandMetadataFrom(context, 'admin'),
      },
      body.expectedVersion,
    );
    return { id: serviceAtLocationId, version: result.version, changed: result.events.length > 0 };
  }
}
