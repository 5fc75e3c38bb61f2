import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { givenFields, WriteResponseDto } from '../../../shared/http';
import { RegisterLocationHandler } from './register-location.handler';
import { RegisterLocationRequestDto } from './register-location.request.dto';

@ApiTags('directory administration')
@Controller('directory/locations')
export class RegisterLocationHttpController {
  constructor(private readonly handler: RegisterLocationHandler) {}

  @Roles('admin')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a location (HSDS 3.0 fields)' })
  @ApiCreatedResponse({ type: WriteResponseDto })
  async register(@Body() body: RegisterLocationRequestDto, @Ctx() context: RequestContext): Promise<WriteResponseDto> {
    const { id, ...location } = givenFields(body);
    const locationId = id ?? uuidv7();
    const result = await this.handler.execute({
      type: 'RegisterLocation',
      data: { locationId, location },
      metadata: commandMetadataFrom(context, 'admin'),
    });
    return { id: locationId, version: result.version, changed: result.events.length > 0 };
  }
}
