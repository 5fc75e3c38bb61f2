import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

// The need codes intake records on a case; a referral serves one of the case's.
const NEEDS = [
  'housing',
  'food',
  'transportation',
  'utilities',
  'interpersonal_safety',
  'mental_health',
  'substance_use',
  'income',
  'medical',
  'legal',
  'education',
  'employment',
] as const;

export class DraftReferralRequestDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The referral’s id, chosen by the caller so a retry is safe' })
  @IsOptional()
  @IsUUID()
  readonly referralId?: string;

  @ApiProperty({ enum: NEEDS, description: 'The case’s need the referral serves' })
  @IsIn(NEEDS)
  readonly need!: string;

  @ApiPropertyOptional({ description: 'The care plan goal it serves' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly goalId?: string;

  @ApiProperty({ description: 'The provider-directory service' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  readonly serviceId!: string;

  @ApiProperty({ description: 'The provider-directory location it is offered at' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  readonly locationId!: string;

  @ApiPropertyOptional({ description: 'The listing version the worker saw; the directory’s current one if left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  readonly listingVersion?: number;
}
