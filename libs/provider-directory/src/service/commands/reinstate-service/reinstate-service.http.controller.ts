import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WriteResponseDto } from '../../../shared/http';
import { ReinstateServiceHandler } from './reinstate-service.handler';
import { ReinstateServiceRequestDto } from './reinstate-service.request.dto';

@ApiTags('directory administration')
@Controller('directory/services')
export class ReinstateServiceHttpController {
  constructor(private readonly handler: ReinstateServiceHandler) {}

  @Roles('admin')
  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a suspended service to search' })
  @ApiOkResponse({ type: WriteResponseDto })
  async reinstate(
    @Param('id') serviceId: string,
    @Body() body: ReinstateServiceRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const result = await this.handler.execute(
      { type: 'ReinstateService', data: { serviceId }, metadata: commandMetadataFrom(context, 'admin') },
      body.expectedVersion,
    );
    return { id: serviceId, version: result.version, changed: result.events.length > 0 };
  }
}
