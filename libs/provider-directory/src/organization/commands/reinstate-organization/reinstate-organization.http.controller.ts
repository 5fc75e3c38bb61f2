import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WriteResponseDto } from '../../../shared/http';
import { ReinstateOrganizationHandler } from './reinstate-organization.handler';
import { ReinstateOrganizationRequestDto } from './reinstate-organization.request.dto';

@ApiTags('directory administration')
@Controller('directory/organizations')
export class ReinstateOrganizationHttpController {
  constructor(private readonly handler: ReinstateOrganizationHandler) {}

  @Roles('admin')
  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: "Return a suspended organisation's services to search" })
  @ApiOkResponse({ type: WriteResponseDto })
  async reinstate(
    @Param('id') organizationId: string,
    @Body() body: ReinstateOrganizationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const result = await this.handler.execute(
      { type: 'ReinstateOrganization', data: { organizationId }, metadata: commandMetadataFrom(context, 'admin') },
      body.expectedVersion,
    );
    return { id: organizationId, version: result.version, changed: result.events.length > 0 };
  }
}
