import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Min } from 'class-validator';

export class RecordConsentExpiryEventRequestDto {
  @ApiPropertyOptional({ description: 'When the expiry event happened; now by default', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  readonly occurredAt?: string;

  @ApiPropertyOptional({
    description: 'Version of the consent the record is based on: 409 when it moved on',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  readonly expectedVersion?: number;
}
