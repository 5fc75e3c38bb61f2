import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { RegisterServiceAtLocationHandler } from './register-service-at-location.handler';
import { RegisterServiceAtLocationRequestDto } from './register-service-at-location.request.dto';

@ApiTags('directory administration')
@Controller('directory/service_at_locations')
export class RegisterServiceAtLocationHttpController {
  constructor(private readonly handler: RegisterServiceAtLocationHandler) {}

  @Roles('admin')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a service at a location (HSDS 3.0 fields)' })
  @ApiCreatedResponse({ type: WriteResponseDto })
  async register(
    @Body() body: RegisterServiceAtLocationRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const { id, ...serviceAtLocation } = givenFields(body);
    const serviceAtLocationId = id ?? uuidv7();
    const result = await this.handler.execute({
      type: 'RegisterServiceAtLocation',
      data: { serviceAtLocationId, serviceAtLocation },
      metadata: commandMetadataFrom(context, 'admin'),
    });
    return { id: serviceAtLocationId, version: result.version, changed: result.events.length > 0 };
  }
}
