import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { UpdateLocationHandler } from './update-location.handler';
import { UpdateLocationRequestDto } from './update-location.request.dto';

@ApiTags('directory administration')
@Controller('directory/locations')
export class UpdateLocationHttpController {
  constructor(private readonly handler: UpdateLocationHandler) {}

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change fields of a location; an update that changes nothing records nothing' })
  @ApiOkResponse({ type: WriteResponseDto })
  async update(
    @Param('id') locationId: string,
    @Body() body: UpdateLocationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { expectedVersion: _expectedVersion, ...changes } = givenFields(body);
    const result = await this.handler.execute(
      { type: 'UpdateLocation', data: { locationId, changes }, metadata: commandMetadataFrom(context, 'admin') },
      body.expectedVersion,
    );
    return { id: locationId, version: result.version, changed: result.events.length > 0 };
  }
}
