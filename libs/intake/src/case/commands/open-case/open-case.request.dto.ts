import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CASE_PRIORITIES, REFERRAL_SOURCE_KINDS, type CasePriority, type ReferralSourceKind } from '../../case.decider';

export class ReferralSourceDto {
  @ApiProperty({ enum: REFERRAL_SOURCE_KINDS })
  @IsIn(REFERRAL_SOURCE_KINDS)
  readonly kind!: ReferralSourceKind;

  @ApiPropertyOptional({
    description: 'Who referred: a person or an organisation (sealed with the client’s key)',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly name?: string;
}

export class OpenCaseRequestDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id for the new case; generated when left out' })
  @IsOptional()
  @IsUUID()
  readonly caseId?: string;

  @ApiProperty({ format: 'uuid', description: 'A client registered in this agency' })
  @IsUUID()
  readonly clientId!: string;

  @ApiProperty({ description: 'The program the case is opened in, e.g. adult-behavioral-health', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly programId!: string;

  @ApiProperty({ enum: CASE_PRIORITIES })
  @IsIn(CASE_PRIORITIES)
  readonly priority!: CasePriority;

  @ApiProperty({ type: ReferralSourceDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => ReferralSourceDto)
  readonly referralSource!: ReferralSourceDto;

  @ApiPropertyOptional({ description: 'Team that works the case; defaults to the team in the caller’s token' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly teamId?: string;
}
