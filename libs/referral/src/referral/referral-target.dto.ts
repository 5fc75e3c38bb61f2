import { ApiProperty } from '@nestjs/swagger';
import type { ReferralTarget } from './referral.events';

/** The directory listing a referral is sent to, as the referral answers describe it. */
export class ReferralTargetDto implements ReferralTarget {
  @ApiProperty({ format: 'uuid' })
  readonly organizationId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly serviceId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly locationId!: string;

  @ApiProperty({ description: 'The directory listing’s version the referral was made against' })
  readonly listingVersion!: number;
}
