import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsObject,
} from 'class-validator';
import type { GoalContent } from '../plan.commands';
import {
  MEASURE_COMPARATORS,
  MEASURE_INSTRUMENTS,
  type MeasureComparator,
  type MeasureInstrument,
} from '../plan.events';
import { OptionalExpectedVersion, RequiredText } from '../../shared/care-plan-http.dto';

export class GoalMeasureDto {
  @ApiProperty({ enum: MEASURE_INSTRUMENTS, description: 'The screening whose total measures the goal' })
  @IsIn(MEASURE_INSTRUMENTS)
  readonly instrument!: MeasureInstrument;

  @ApiProperty({ enum: MEASURE_COMPARATORS })
  @IsIn(MEASURE_COMPARATORS)
  readonly comparator!: MeasureComparator;

  @ApiProperty({ minimum: 0, maximum: 1_000, example: 10 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000)
  readonly value!: number;
}

/** What a goal says: the needs it answers, in the client's words, by when, and how it is measured. */
export class GoalContentDto {
  @ApiProperty({ type: [String], description: 'Need codes identified on the case', example: ['housing'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  readonly needs!: string[];

  @RequiredText('The goal in the client’s words (sealed with the client’s key)')
  readonly description!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30' })
  @IsISO8601({ strict: true })
  readonly targetDate!: string;

  @ApiPropertyOptional({ type: GoalMeasureDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GoalMeasureDto)
  readonly measure?: GoalMeasureDto | null;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}

export function goalContentOf(body: GoalContentDto): GoalContent {
  return {
    needs: body.needs,
    description: body.description,
    targetDate: body.targetDate,
    measure: body.measure ? { ...body.measure } : null,
  };
}
