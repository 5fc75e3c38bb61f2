import { ApiProperty } from '@nestjs/swagger';
import {
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  type ReferralParty,
  type ReferralReason,
  type ReferralStatus,
} from '../../referral.events';
import type { PartnerReferralHistory } from './get-partner-referral-history.query';
import type { PartnerHistoryEntry } from './partner-referral-history';

// `GET /referral/partner/referrals/{referralId}/history` as the OpenAPI document describes it, so clients (the
// console) get generated types; implementing the interfaces keeps them one with the answer.

export class PartnerHistoryEntryDto implements PartnerHistoryEntry {
  @ApiProperty({ enum: REFERRAL_STATUSES, description: 'The status the referral moved to' })
  readonly status!: ReferralStatus;

  @ApiProperty({ enum: ['requester', 'responder'], description: 'The agency that sent it, or the organisation' })
  readonly party!: ReferralParty;

  @ApiProperty({ format: 'date-time', description: 'When it happened' })
  readonly occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded' })
  readonly recordedAt!: string;

  @ApiProperty({ enum: [...REFERRAL_REASONS, null], nullable: true, description: 'Why it was rejected or failed' })
  readonly reason!: ReferralReason | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the service was delivered' })
  readonly deliveredOn!: string | null;
}

export class PartnerReferralHistoryDto implements PartnerReferralHistory {
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;

  @ApiProperty({ type: [PartnerHistoryEntryDto], description: 'Oldest first, from the send on' })
  readonly entries!: PartnerHistoryEntryDto[];
}
