import { ApiProperty } from '@nestjs/swagger';
import { ClientIdentifierDto } from '../../commands/register-client/register-client.request.dto';
import type { ClientSearchResult } from './search-clients.query';

// `POST /intake/clients/search` as the OpenAPI document describes it. The names and date of birth read null only
// where the record holds none (a middle name); erased clients are never found.

export class ClientSearchResultDto implements ClientSearchResult {
  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly givenName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  readonly middleName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  readonly familyName!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  readonly dateOfBirth!: string | null;

  @ApiProperty({ type: [ClientIdentifierDto], description: 'SSNs show their last four digits only' })
  readonly identifiers!: ClientIdentifierDto[];

  @ApiProperty({ type: String, nullable: true, description: 'BCP-47 language tag' })
  readonly preferredLanguage!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set when merged: follow the survivor' })
  readonly mergedInto!: string | null;

  @ApiProperty({ description: 'Version of the client’s stream' })
  readonly version!: number;
}

export class ClientSearchResultsDto {
  @ApiProperty({ type: [ClientSearchResultDto], description: 'At most 50, by family name then given name' })
  readonly clients!: ClientSearchResultDto[];
}
