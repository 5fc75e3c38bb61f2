import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { ClientWriteResponseDto } from '../../client-http.dto';
import { CLIENT_WRITERS } from '../../client.roles';
import { RegisterClientHandler } from './register-client.handler';
import {
  contactOf,
  definedOnly,
  demographicsOf,
  identifiersOf,
  RegisterClientRequestDto,
} from './register-client.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class RegisterClientHttpController {
  constructor(private readonly handler: RegisterClientHandler) {}

  @Roles(...CLIENT_WRITERS)
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a client, unless possible duplicates exist and no override reason is given' })
  @ApiCreatedResponse({ type: ClientWriteResponseDto })
  @ApiConflictResponse({
    description: 'INTAKE.POSSIBLE_DUPLICATE: details.candidates lists the registered clients found',
  })
  async register(
    @Body() body: RegisterClientRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ClientWriteResponseDto> {
    const clientId = body.clientId ?? uuidv7();
    const result = await this.handler.execute(
      {
        type: 'RegisterClient',
        data: {
          clientId,
          personal: definedOnly({
            givenName: body.givenName,
            familyName: body.familyName,
            middleName: body.middleName,
            dateOfBirth: body.dateOfBirth,
            identifiers: identifiersOf(body.identifiers ?? []),
            contact: contactOf(body.contact),
          }),
          preferredLanguage: body.preferredLanguage,
          demographics: demographicsOf(body.demographics),
          ...(body.duplicateOverride ? { overrideReason: body.duplicateOverride.reason } : {}),
        },
        metadata: commandMetadataFrom(context, CLIENT_WRITERS),
      },
      context,
    );
    return { id: clientId, version: result.version, changed: result.events.length > 0 };
  }
}
