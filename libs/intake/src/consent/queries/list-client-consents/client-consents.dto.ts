import { ApiProperty } from '@nestjs/swagger';

// `GET /intake/clients/{clientId}/consents` as the OpenAPI document describes it, so clients (the console) get
// generated types. A recipient and an expiry are each one of two kinds; the fields of the other kind are absent.

class ConsentRecipientDto {
  @ApiProperty({ enum: ['named', 'class'] })
  readonly kind!: 'named' | 'class';

  @ApiProperty({ type: String, nullable: true, required: false, description: 'Named: never read in the list' })
  readonly name?: string | null;

  @ApiProperty({ required: false, description: 'Named: the organisation, when the recipient is one' })
  readonly organizationId?: string;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'Class: the general designation' })
  readonly description?: string | null;

  @ApiProperty({ required: false, description: 'Class: limited to those with a treating provider relationship' })
  readonly treatingProviderRelationship?: boolean;
}

class ConsentExpiryDto {
  @ApiProperty({ enum: ['date', 'event'] })
  readonly kind!: 'date' | 'event';

  @ApiProperty({ required: false, format: 'date', description: 'Date: the last day it is in force' })
  readonly on?: string;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'Event: what ends it, null once erased' })
  readonly event?: string | null;
}

class ConsentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  readonly consentId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly caseId!: string | null;

  @ApiProperty({ type: [String] })
  readonly categories!: string[];

  @ApiProperty({ type: [String] })
  readonly purposes!: string[];

  @ApiProperty({ type: [ConsentRecipientDto] })
  readonly recipients!: ConsentRecipientDto[];

  @ApiProperty({ format: 'date-time' })
  readonly signedAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly effectiveFrom!: string;

  @ApiProperty({ type: ConsentExpiryDto })
  readonly expiry!: ConsentExpiryDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly expiryEventOccurredAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly revokedAt!: string | null;

  @ApiProperty({ enum: ['not_yet_effective', 'in_force', 'revoked', 'expired'], description: 'Where it stands now' })
  readonly standing!: string;

  @ApiProperty()
  readonly version!: number;
}

export class ClientConsentsDto {
  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty({ type: [ConsentSummaryDto], description: 'Latest signed first' })
  readonly consents!: ConsentSummaryDto[];
}
