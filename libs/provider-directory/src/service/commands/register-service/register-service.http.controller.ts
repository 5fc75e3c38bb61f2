import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { RegisterServiceHandler } from './register-service.handler';
import { RegisterServiceRequestDto } from './register-service.request.dto';

@ApiTags('directory administration')
@Controller('directory/services')
export class RegisterServiceHttpController {
  constructor(private readonly handler: RegisterServiceHandler) {}

  @Roles('admin')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a service (HSDS 3.0 fields)' })
  @ApiCreatedResponse({ type: WriteResponseDto })
  async register(@Body() body: RegisterServiceRequestDto, @Ctx() context: RequestContext): Promise<WriteResponseDto> {
    const { id, ...service } = givenFields(body);
    const serviceId = id ?? uuidv7();
    const result = await this.handler.execute({
      type: 'RegisterService',
      data: { serviceId, service },
      metadata: commandMetadataFrom(context, 'admin'),
    });
    return { id: serviceId, version: result.version, changed: result.events.length > 0 };
  }
}
