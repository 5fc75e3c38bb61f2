import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export const REPLAY_BASES = ['recorded', 'occurred'] as const;
export type ReplayBasis = (typeof REPLAY_BASES)[number];

export class GetCaseStateRequestDto {
  @ApiProperty({ description: 'The instant to replay the case as of', format: 'date-time' })
  @IsISO8601({ strict: true })
  readonly asOf!: string;

  @ApiPropertyOptional({
    description:
      '`recorded` (default): the events recorded by then, what the record said at that moment. `occurred`: the ' +
      'events that happened by then, back-dated entries included, as the record tells it now.',
    enum: REPLAY_BASES,
  })
  @IsOptional()
  @IsIn(REPLAY_BASES)
  readonly basis?: ReplayBasis;
}
