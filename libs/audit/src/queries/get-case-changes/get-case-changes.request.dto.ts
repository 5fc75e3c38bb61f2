import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { REPLAY_BASES, type ReplayBasis } from '../get-case-state/get-case-state.request.dto';

/** The two moments to compare, and the clock they are read on. */
export class GetCaseChangesRequestDto {
  @ApiProperty({
    description: 'The earlier moment: an instant, or a date (UTC), which means its start',
    example: '2024-03-01',
  })
  @IsISO8601({ strict: true })
  readonly from!: string;

  @ApiProperty({
    description: 'The later moment: an instant, or a date (UTC), which means its end (the whole day included)',
    example: '2024-03-31T23:59:59Z',
  })
  @IsISO8601({ strict: true })
  readonly to!: string;

  @ApiPropertyOptional({
    description:
      '`recorded` (default): as the record stood at each moment. `occurred`: as things happened by then, back-dated ' +
      'entries included.',
    enum: REPLAY_BASES,
  })
  @IsOptional()
  @IsIn(REPLAY_BASES)
  readonly clock?: ReplayBasis;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a `from` or `to` stands for: a date is its first or its last millisecond (UTC). */
export function momentOf(value: string, end: 'from' | 'to'): Date {
  const instant = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value);
  return DATE_ONLY.test(value) && end === 'to' ? new Date(instant.getTime() + DAY_MS - 1) : instant;
}
