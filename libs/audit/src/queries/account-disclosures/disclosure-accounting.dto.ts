import { ApiProperty } from '@nestjs/swagger';
import type { Disclosure, DisclosureAccounting } from './account-disclosures.query';

export class DisclosureRecipientDto {
  @ApiProperty({ description: 'The receiving organisation, by its provider-directory id' })
  readonly organizationId!: string;
}

export class DisclosureDescriptionDto {
  @ApiProperty({ type: [String], description: 'The fields shared, never their values' })
  readonly fields!: string[];
  @ApiProperty({ type: [String], description: 'The information categories the fields fall in' })
  readonly informationCategories!: string[];
}

export class DisclosedByDto {
  @ApiProperty()
  readonly id!: string;
  @ApiProperty()
  readonly role!: string;
}

/** One disclosure of a client's records (HIPAA §164.528(b)(2); 42 CFR §2.24). */
export class DisclosureDto implements Disclosure {
  @ApiProperty({ format: 'date-time' })
  readonly disclosedAt!: string;
  @ApiProperty({ format: 'date-time' })
  readonly recordedAt!: string;
  @ApiProperty({ type: DisclosureRecipientDto })
  readonly recipient!: DisclosureRecipientDto;
  @ApiProperty({ type: DisclosureDescriptionDto })
  readonly description!: DisclosureDescriptionDto;
  @ApiProperty()
  readonly purpose!: string;
  @ApiProperty({ format: 'uuid' })
  readonly consentId!: string;
  @ApiProperty({ description: 'The 42 CFR §2.32 notice that went with the disclosure' })
  readonly redisclosureNotice!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly caseId!: string | null;
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;
  @ApiProperty({ type: DisclosedByDto })
  readonly disclosedBy!: DisclosedByDto;
  @ApiProperty({ format: 'uuid', description: 'The disclosure event' })
  readonly eventId!: string;
}

/** GET /audit/clients/{clientId}/disclosures in JSON. */
export class DisclosureAccountingDto implements DisclosureAccounting {
  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;
  @ApiProperty({ format: 'date-time' })
  readonly from!: string;
  @ApiProperty({ format: 'date-time' })
  readonly to!: string;
  @ApiProperty({ type: [DisclosureDto], description: 'Oldest first' })
  readonly disclosures!: DisclosureDto[];
}
