import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { UpdateServiceHandler } from './update-service.handler';
import { UpdateServiceRequestDto } from './update-service.request.dto';

@ApiTags('directory administration')
@Controller('directory/services')
export class UpdateServiceHttpController {
  constructor(private readonly handler: UpdateServiceHandler) {}

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change fields of a service; an update that changes nothing records nothing' })
  @ApiOkResponse({ type: WriteResponseDto })
  async update(
    @Param('id') serviceId: string,
    @Body() body: UpdateServiceRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { expectedVersion: _expectedVersion, ...changes } = givenFields(body);
    const result = await this.handler.execute(
      { type: 'UpdateService', data: { serviceId, changes }, metadata: commandMetadataFrom(context, 'admin') },
      body.expectedVersion,
    );
    return { id: serviceId, version: result.version, changed: result.events.length > 0 };
  }
}
