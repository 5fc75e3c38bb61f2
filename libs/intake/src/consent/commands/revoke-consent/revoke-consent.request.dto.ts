import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { REVOCATION_METHODS, type RevocationMethod } from '../../consent.types';

export class RevokeConsentRequestDto {
  @ApiProperty({ description: 'How the patient revoked', enum: REVOCATION_METHODS })
  @IsIn(REVOCATION_METHODS)
  readonly method!: RevocationMethod;

  @ApiPropertyOptional({
    description: 'When the patient revoked; now by default. Applies from then on only, never before the signature',
    format: 'date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  readonly revokedAt?: string;

  @ApiPropertyOptional({ description: "The patient's reason (personal data, sealed)" })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  readonly reason?: string;

  @ApiPropertyOptional({
    description: 'Version of the consent the revocation is based on: 409 when it moved on',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  readonly expectedVersion?: number;
}
