import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_STANDINGS, ConsentExpiryViewDto, ConsentRecipientViewDto } from '../../consent.dto';

// `GET /intake/clients/{clientId}/consents` as the OpenAPI document describes it, so clients (the console) get
// generated types.

class ConsentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  readonly consentId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly caseId!: string | null;

  @ApiProperty({ type: [String] })
  readonly categories!: string[];

  @ApiProperty({ type: [String] })
  readonly purposes!: string[];

  @ApiProperty({ type: [ConsentRecipientViewDto] })
  readonly recipients!: ConsentRecipientViewDto[];

  @ApiProperty({ format: 'date-time' })
  readonly signedAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly effectiveFrom!: string;

  @ApiProperty({ type: ConsentExpiryViewDto })
  readonly expiry!: ConsentExpiryViewDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly expiryEventOccurredAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly revokedAt!: string | null;

  @ApiProperty({ enum: CONSENT_STANDINGS, description: 'Where it stands now' })
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
