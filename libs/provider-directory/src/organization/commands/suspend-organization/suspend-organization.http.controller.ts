import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WriteResponseDto } from '../../../shared/http';
import { SuspendOrganizationHandler } from './suspend-organization.handler';
import { SuspendOrganizationRequestDto } from './suspend-organization.request.dto';

@ApiTags('directory administration')
@Controller('directory/organizations')
export class SuspendOrganizationHttpController {
  constructor(private readonly handler: SuspendOrganizationHandler) {}

  @Roles('admin')
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: "Take an organisation's services out of search until it is reinstated" })
  @ApiOkResponse({ type: WriteResponseDto })
  async suspend(
    @Param('id') organizationId: string,
    @Body() body: SuspendOrganizationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'SuspendOrganization',
        data: { organizationId, reason: body.reason },
        metadata: commandMetadataFrom(context, 'admin'),
      },
      body.expectedVersion,
    );
    return { id: organizationId, version: result.version, changed: result.events.length > 0 };
  }
}
