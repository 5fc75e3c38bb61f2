import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PARTNER_STATUSES } from './list-partner-referrals.query';

/** The inbox as Gravity's polling asks for it: by status, changed after an instant, a page at a time. */
export class ListPartnerReferralsRequestDto {
  @ApiPropertyOptional({ enum: PARTNER_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_STATUSES)
  readonly status?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only referrals changed after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly updatedAfter?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'With updatedAfter: the last referral of the previous page, from `next`',
  })
  @IsOptional()
  @IsUUID()
  readonly afterReferralId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  readonly limit?: number;
}
