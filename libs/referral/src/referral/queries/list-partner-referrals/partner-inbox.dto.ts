import { ApiProperty } from '@nestjs/swagger';
import { DISCLOSABLE_FIELDS, type DisclosableField } from '../../referral.events';
import type { PartnerReferralView } from '../referral-row';
import type { PartnerInboxPage } from './list-partner-referrals.query';

// `GET /referral/partner/referrals` as the OpenAPI document describes it, so clients (the console) get generated
// types; implementing the interfaces keeps them one with the answer.

const FIELDS = Object.keys(DISCLOSABLE_FIELDS) as DisclosableField[];

type PartnerDisclosure = PartnerReferralView['disclosure'];

export class PartnerDisclosureDto implements PartnerDisclosure {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly consentId!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the client revoked that consent: nothing more is disclosed under it',
  })
  readonly consentRevokedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  readonly purpose!: string | null;

  @ApiProperty({ enum: FIELDS, isArray: true, description: 'The fields disclosed' })
  readonly fields!: DisclosableField[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: 'The disclosed values, field by field; null once the client’s data was erased',
  })
  readonly values!: Partial<Record<DisclosableField, string>> | null;

  @ApiProperty({ description: 'The notice that travels with every disclosure (42 CFR §2.32)' })
  readonly redisclosureNotice!: string;
}

export class PartnerReferralDto implements PartnerReferralView {
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;

  @ApiProperty()
  readonly status!: string;

  @ApiProperty()
  readonly need!: string;

  @ApiProperty({ format: 'uuid' })
  readonly serviceId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly locationId!: string;

  @ApiProperty()
  readonly listingVersion!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly requestedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly answerDueAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected or failed' })
  readonly reason!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  readonly deliveredOn!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly updatedAt!: string;

  @ApiProperty({ type: PartnerDisclosureDto })
  readonly disclosure!: PartnerDisclosureDto;
}

class PartnerInboxNextDto {
  @ApiProperty({ format: 'date-time' })
  readonly updatedAfter!: string;

  @ApiProperty({ format: 'uuid' })
  readonly afterReferralId!: string;
}

export class PartnerInboxPageDto implements PartnerInboxPage {
  @ApiProperty({ type: [PartnerReferralDto], description: 'Oldest change first' })
  readonly referrals!: PartnerReferralDto[];

  @ApiProperty({ type: PartnerInboxNextDto, nullable: true, description: 'What to ask for the next page' })
  readonly next!: PartnerInboxNextDto | null;
}
