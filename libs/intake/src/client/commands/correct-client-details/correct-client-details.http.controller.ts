import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { ClientIdParamDto, ClientWriteResponseDto } from '../../client-http.dto';
import { CLIENT_WRITERS } from '../../client.roles';
import type { ClientPersonalCorrection } from '../../client.types';
import { contactOf, definedOnly, demographicsOf, identifiersOf } from '../register-client/register-client.request.dto';
import { CorrectClientDetailsHandler } from './correct-client-details.handler';
import { CorrectClientDetailsRequestDto } from './correct-client-details.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class CorrectClientDetailsHttpController {
  constructor(private readonly handler: CorrectClientDetailsHandler) {}

  @Roles(...CLIENT_WRITERS)
  @Patch(':id')
  @ApiOperation({ summary: 'Correct details of a client, with a reason; only the changed fields are recorded' })
  @ApiOkResponse({ type: ClientWriteResponseDto })
  @ApiConflictResponse({ description: 'The client changed since expectedVersion, or was merged or erased' })
  async correct(
    @Param() params: ClientIdParamDto,
    @Body() body: CorrectClientDetailsRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ClientWriteResponseDto> {
    const { changes } = body;
    // A null reaches the decider as given: it clears an optional field and is refused for a required one.
    const personal = definedOnly({
      givenName: changes.givenName,
      familyName: changes.familyName,
      middleName: changes.middleName,
      dateOfBirth: changes.dateOfBirth,
      identifiers: changes.identifiers && identifiersOf(changes.identifiers),
      contact: changes.contact && contactOf(changes.contact),
    }) as ClientPersonalCorrection;
    const result = await this.handler.execute(
      {
        type: 'CorrectClientDetails',
        data: {
          clientId: params.id,
          changes: {
            personal,
            ...(changes.preferredLanguage !== undefined ? { preferredLanguage: changes.preferredLanguage } : {}),
            ...(changes.demographics !== undefined ? { demographics: demographicsOf(changes.demographics) } : {}),
          },
          reason: body.reason,
        },
        metadata: commandMetadataFrom(context, CLIENT_WRITERS),
      },
      body.expectedVersion,
    );
    return { id: params.id, version: result.version, changed: result.events.length > 0 };
  }
}
