import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SCREENING_INSTRUMENT_VERSIONS } from '../../../screening/score-screening';
import type { ScreeningAnswers, ScreeningInstrument } from '../../../screening/screening.types';
import { OptionalExpectedVersion } from '../../case-http.dto';

const INSTRUMENTS = Object.keys(SCREENING_INSTRUMENT_VERSIONS) as ScreeningInstrument[];
const SEXES = ['female', 'male'] as const;

export class ScreeningSubjectDto {
  @ApiPropertyOptional({ enum: SEXES, description: 'Needed by AUDIT-C, whose cut-off depends on it' })
  @IsOptional()
  @IsIn(SEXES)
  readonly sex?: (typeof SEXES)[number];
}

export class RecordScreeningRequestDto {
  @ApiProperty({ enum: INSTRUMENTS })
  @IsIn(INSTRUMENTS)
  readonly instrument!: ScreeningInstrument;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] },
    description: 'Item number as printed on the instrument → the answer’s score or option code',
    example: { '1': 0, '2': 1, '3': 0, '4': 2, '5': 0, '6': 0, '7': 1, '8': 0, '9': 0 },
  })
  @IsObject()
  readonly answers!: ScreeningAnswers;

  @ApiPropertyOptional({ type: ScreeningSubjectDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScreeningSubjectDto)
  readonly subject?: ScreeningSubjectDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Id for the screening; generated when left out' })
  @IsOptional()
  @IsUUID()
  readonly screeningId?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
