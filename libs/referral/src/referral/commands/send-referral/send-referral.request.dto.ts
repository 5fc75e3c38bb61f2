import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { OptionalExpectedVersion } from '../../../shared/referral-http.dto';
import { DISCLOSABLE_FIELDS, type DisclosableField } from '../../referral.decider';

// The purposes intake's consents name (§2.31(a)(5)).
const PURPOSES = ['treatment', 'payment', 'health_care_operations', 'care_coordination', 'referral', 'other'] as const;

export class SendReferralRequestDto {
  @ApiProperty({
    description: 'What to share; only the fields the consent in force covers leave, field by field',
    enum: Object.keys(DISCLOSABLE_FIELDS),
    isArray: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(DISCLOSABLE_FIELDS).length)
  @IsIn(Object.keys(DISCLOSABLE_FIELDS), { each: true })
  readonly fields!: DisclosableField[];

  @ApiProperty({ enum: PURPOSES, description: 'The purpose of the disclosure, which the consent must name' })
  @IsIn(PURPOSES)
  readonly purpose!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
