import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WriteResponseDto } from '../../../shared/http';
import { SuspendServiceHandler } from './suspend-service.handler';
import { SuspendServiceRequestDto } from './suspend-service.request.dto';

@ApiTags('directory administration')
@Controller('directory/services')
export class SuspendServiceHttpController {
  constructor(private readonly handler: SuspendServiceHandler) {}

  @Roles('admin')
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a service out of search; HSDS serves it as inactive until reinstated' })
  @ApiOkResponse({ type: WriteResponseDto })
  async suspend(
    @Param('id') serviceId: string,
    @Body() body: SuspendServiceRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'SuspendService',
        data: { serviceId, reason: body.reason },
        metadata: commandMetadataFrom(context, 'admin'),
      },
      body.expectedVersion,
    );
    return { id: serviceId, version: result.version, changed: result.events.length > 0 };
  }
}
