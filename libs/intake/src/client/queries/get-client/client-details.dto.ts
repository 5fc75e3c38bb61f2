import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ClientContactDto,
  ClientDemographicsDto,
  ClientIdentifierDto,
} from '../../commands/register-client/register-client.request.dto';
import type { ClientPersonal } from '../../client.types';
import type { ClientDetails } from './get-client.query';

// `GET /intake/clients/{id}` as the OpenAPI document describes it. Identifiers, contact and demographics read back in
// the shapes they are registered in.

export class ClientPersonalDto implements ClientPersonal {
  @ApiProperty()
  readonly givenName!: string;

  @ApiProperty()
  readonly familyName!: string;

  @ApiPropertyOptional()
  readonly middleName?: string;

  @ApiProperty({ format: 'date' })
  readonly dateOfBirth!: string;

  @ApiProperty({ type: [ClientIdentifierDto] })
  readonly identifiers!: ClientIdentifierDto[];

  @ApiProperty({ type: ClientContactDto })
  readonly contact!: ClientContactDto;
}

export class ClientDetailsDto implements ClientDetails {
  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty({ description: 'Version of the client’s stream: send it as expectedVersion with a correction' })
  readonly version!: number;

  @ApiProperty({
    type: ClientPersonalDto,
    nullable: true,
    description: 'Null once the client’s personal data is erased',
  })
  readonly personal!: ClientPersonalDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'BCP-47 language tag; null once erased' })
  readonly preferredLanguage!: string | null;

  @ApiProperty({ type: ClientDemographicsDto, description: 'Empty once erased' })
  readonly demographics!: ClientDemographicsDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set when merged: follow the survivor' })
  readonly mergedInto!: string | null;

  @ApiProperty({ type: [String], description: 'The records merged into this one' })
  readonly mergedClientIds!: string[];

  @ApiProperty()
  readonly erased!: boolean;
}
