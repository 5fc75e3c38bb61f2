import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { UpdateOrganizationHandler } from './update-organization.handler';
import { UpdateOrganizationRequestDto } from './update-organization.request.dto';

@ApiTags('directory administration')
@Controller('directory/organizations')
export class UpdateOrganizationHttpController {
  constructor(private readonly handler: UpdateOrganizationHandler) {}

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change fields of an organisation; an update that changes nothing records nothing' })
  @ApiOkResponse({ type: WriteResponseDto })
  async update(
    @Param('id') organizationId: string,
    @Body() body: UpdateOrganizationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { expectedVersion: _expectedVersion, ...changes } = givenFields(body);
    const result = await this.handler.execute(
      {
        type: 'UpdateOrganization',
        data: { organizationId, changes },
        metadata: commandMetadataFrom(context, 'admin'),
      },
      body.expectedVersion,
    );
    return { id: organizationId, version: result.version, changed: result.events.length > 0 };
  }
}
