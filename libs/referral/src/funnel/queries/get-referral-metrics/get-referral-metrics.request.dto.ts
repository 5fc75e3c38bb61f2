import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The funnel over the referrals sent from `from` to `to` (dates in the agency's calendar, both included). */
export class GetReferralMetricsRequestDto {
  @ApiProperty({ format: 'date', description: 'First day of the range (referrals sent from the start of it)' })
  @Matches(DATE, { message: 'from must be a date, YYYY-MM-DD' })
  readonly from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the range (to the end of it)' })
  @Matches(DATE, { message: 'to must be a date, YYYY-MM-DD' })
  readonly to!: string;

  @ApiPropertyOptional({ description: 'One receiving organisation only (a partner sees only its own)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly organizationId?: string;

  @ApiPropertyOptional({ description: 'One program only' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly program?: string;
}
