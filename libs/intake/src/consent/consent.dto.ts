import { ApiProperty } from '@nestjs/swagger';
import type { ConsentStanding } from './consent-in-force';
import { EXPIRY_KINDS, RECIPIENT_KINDS } from './consent.types';

// The parts of a recorded consent that the consent queries answer alike, as the OpenAPI document describes them. A
// recipient and an expiry are each one of two kinds; the fields of the other kind are absent.

export const CONSENT_STANDINGS: readonly ConsentStanding[] = ['not_yet_effective', 'in_force', 'revoked', 'expired'];

export class ConsentRecipientViewDto {
  @ApiProperty({ enum: RECIPIENT_KINDS })
  readonly kind!: (typeof RECIPIENT_KINDS)[number];

  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    description: 'Named: the recipient; null once erased, and in a list, which never reads it',
  })
  readonly name?: string | null;

  @ApiProperty({ required: false, description: 'Named: the organisation, when the recipient is one' })
  readonly organizationId?: string;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'Class: the general designation' })
  readonly description?: string | null;

  @ApiProperty({ required: false, description: 'Class: limited to those with a treating provider relationship' })
  readonly treatingProviderRelationship?: boolean;
}

export class ConsentExpiryViewDto {
  @ApiProperty({ enum: EXPIRY_KINDS })
  readonly kind!: (typeof EXPIRY_KINDS)[number];

  @ApiProperty({ required: false, format: 'date', description: 'Date: the last day it is in force' })
  readonly on?: string;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'Event: what ends it, null once erased' })
  readonly event?: string | null;
}
