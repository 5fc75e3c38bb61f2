import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { RequiredText } from '../../../shared/referral-http.dto';

export class CompleteReferralRequestDto {
  @ApiProperty({ format: 'date', description: 'When the service was delivered, in the agency’s calendar' })
  @IsISO8601({ strict: true })
  readonly deliveredOn!: string;

  @RequiredText('What was delivered (sealed)')
  readonly outcome!: string;
}
