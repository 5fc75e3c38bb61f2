import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalExpectedVersion, OptionalText } from '../../../shared/referral-http.dto';
import { FOLLOW_UP_RESULTS, type FollowUpResult } from '../../referral.decider';

export class FollowUpReferralRequestDto {
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  @IsIn(FOLLOW_UP_RESULTS)
  readonly result!: FollowUpResult;

  @OptionalText('What the client said (sealed)')
  readonly note?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
