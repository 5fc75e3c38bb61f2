import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChainProblem, ChainProblemKind, ChainVerification } from '../../chain/verify-chain';

const PROBLEM_KINDS: readonly ChainProblemKind[] = ['altered', 'missing', 'reordered'];

export class ChainHeadDto {
  @ApiProperty({ description: 'Sequence number of the last entry' })
  readonly sequence!: number;
  @ApiProperty({ description: 'Hash of the last entry' })
  readonly hash!: string;
}

export class ChainProblemDto implements ChainProblem {
  @ApiProperty({ description: 'The entry at fault; for missing, the first sequence number that is not there' })
  readonly sequence!: number;
  @ApiPropertyOptional()
  readonly eventId?: string;
  @ApiProperty({ enum: PROBLEM_KINDS })
  readonly kind!: ChainProblemKind;
  @ApiProperty()
  readonly detail!: string;
}

export class ChainVerificationDto implements ChainVerification {
  @ApiProperty()
  readonly valid!: boolean;
  @ApiProperty({ description: 'Entries read up to the first problem, or all of them' })
  readonly entriesChecked!: number;
  @ApiPropertyOptional({ type: ChainHeadDto, description: 'The last entry of a valid chain' })
  readonly head?: ChainHeadDto;
  @ApiPropertyOptional({ type: ChainProblemDto })
  readonly firstProblem?: ChainProblemDto;
}
