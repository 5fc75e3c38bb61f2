import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { RegisterOrganizationHandler } from './register-organization.handler';
import { RegisterOrganizationRequestDto } from './register-organization.request.dto';

@ApiTags('directory administration')
@Controller('directory/organizations')
export class RegisterOrganizationHttpController {
  constructor(private readonly handler: RegisterOrganizationHandler) {}

  @Roles('admin')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an organisation (HSDS 3.0 fields)' })
  @ApiCreatedResponse({ type: WriteResponseDto })
  async register(
    @Body() body: RegisterOrganizationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { id, ...organization } = givenFields(body);
    const organizationId = id ?? uuidv7();
    const result = await this.handler.execute({
      type: 'RegisterOrganization',
      data: { organizationId, organization },
      metadata: commandMetadataFrom(context, 'admin'),
    });
    return { id: organizationId, version: result.version, changed: result.events.length > 0 };
  }
}
