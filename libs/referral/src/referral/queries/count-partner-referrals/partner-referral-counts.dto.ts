import { ApiProperty } from '@nestjs/swagger';
import { PARTNER_STATUSES, type PartnerStatus } from '../list-partner-referrals/list-partner-referrals.query';
import type { PartnerReferralCounts } from './count-partner-referrals.query';

// `GET /referral/partner/referral-counts` as the OpenAPI document describes it, so clients (the console) get
// generated types; implementing the interface keeps them one with the answer.

class PartnerStatusCountDto {
  @ApiProperty({ enum: PARTNER_STATUSES })
  readonly status!: PartnerStatus;

  @ApiProperty({ minimum: 0 })
  readonly count!: number;
}

export class PartnerReferralCountsDto implements PartnerReferralCounts {
  @ApiProperty({ type: [PartnerStatusCountDto], description: 'Every status a partner sees, zero included' })
  readonly statuses!: PartnerStatusCountDto[];

  @ApiProperty({ minimum: 0 })
  readonly total!: number;
}
