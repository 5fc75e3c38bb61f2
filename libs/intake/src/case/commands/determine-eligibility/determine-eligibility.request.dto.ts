import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalExpectedVersion } from '../../case-http.dto';

/** What eligibility is decided from (sealed with the client’s key when stored). */
export class EligibilityApplicantDto {
  @ApiProperty({ format: 'date', example: '1990-05-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  readonly dateOfBirth!: string;

  @ApiPropertyOptional({ example: 'Alameda', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readonly county?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  readonly householdSize?: number;

  @ApiPropertyOptional({ description: 'US dollars a year, before taxes', minimum: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  readonly annualHouseholdIncome?: number;
}

export class DetermineEligibilityRequestDto {
  @ApiPropertyOptional({ description: 'The program to decide for; defaults to the case’s program', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly programId?: string;

  @ApiProperty({ type: EligibilityApplicantDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityApplicantDto)
  readonly applicant!: EligibilityApplicantDto;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
