import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { NeedCode } from '../../../screening/screening.types';
import { OptionalExpectedVersion } from '../../case-http.dto';
import { NEED_CODES } from '../../case.decider';

export class AddNeedRequestDto {
  @ApiProperty({ enum: NEED_CODES })
  @IsIn(NEED_CODES)
  readonly need!: NeedCode;

  @ApiPropertyOptional({ description: 'What the worker saw (sealed with the client’s key)', maxLength: 2_000 })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  readonly note?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
