import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import {
  CONSENT_PURPOSES,
  INFORMATION_CATEGORIES,
  type ConsentPurpose,
  type InformationCategory,
} from '../../consent.types';

/** Whether a consent lets this information go to this recipient for this purpose at this time. */
export class GetConsentInForceRequestDto {
  @ApiProperty({ description: 'The patient', format: 'uuid' })
  @IsUUID()
  readonly clientId!: string;

  @ApiPropertyOptional({ description: 'The recipient organisation (provider directory id); or recipientName' })
  // Checked whenever sent, and required when recipientName is not.
  @ValidateIf(
    (query: GetConsentInForceRequestDto) =>
      query.recipientName === undefined || query.recipientOrganizationId !== undefined,
  )
  @IsString()
  @MaxLength(200)
  readonly recipientOrganizationId?: string;

  @ApiPropertyOptional({ description: 'The recipient by name (compared ignoring case); or recipientOrganizationId' })
  @ValidateIf(
    (query: GetConsentInForceRequestDto) =>
      query.recipientOrganizationId === undefined || query.recipientName !== undefined,
  )
  @IsString()
  @MaxLength(300)
  readonly recipientName?: string;

  @ApiPropertyOptional({
    description: 'The recipient has a treating provider relationship with the patient (matches class designations)',
  })
  @IsOptional()
  @IsBoolean()
  readonly treatingProvider?: boolean;

  @ApiProperty({ description: 'The kind of information to disclose', enum: INFORMATION_CATEGORIES })
  @IsIn(INFORMATION_CATEGORIES)
  readonly category!: InformationCategory;

  @ApiProperty({ description: 'The purpose of the disclosure', enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  readonly purpose!: ConsentPurpose;

  @ApiPropertyOptional({ description: 'The instant asked about; now by default', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  readonly at?: string;
}
