import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalText } from '../../../shared/referral-http.dto';
import { REFERRAL_REASONS, type ReferralReason } from '../../referral.decider';

export class FailReferralRequestDto {
  @ApiProperty({ enum: REFERRAL_REASONS })
  @IsIn(REFERRAL_REASONS)
  readonly reason!: ReferralReason;

  @OptionalText('The text of an other reason, or a note (sealed)')
  readonly note?: string;
}
