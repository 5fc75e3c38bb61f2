import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_PRIORITIES, CASE_STATUSES, NEED_CODES } from '../../case.events';

// `GET /intake/cases/{id}` as the OpenAPI document describes it, so clients (the console) get generated types. The
// answers, the subject of a screening and the eligibility records are free-form objects here: their shapes vary by
// instrument and program, and they are read field by field only where a client knows the instrument.

const INSTRUMENTS = ['PHQ-9', 'GAD-7', 'AUDIT-C', 'AHC-HRSN'];

class ReferralSourceViewDto {
  @ApiProperty()
  readonly kind!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Null when none was given or the data was erased' })
  readonly name!: string | null;
}

class ClosureDto {
  @ApiProperty()
  readonly outcome!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly closedAt!: string;
}

class ScreeningResultDto {
  @ApiProperty({ enum: INSTRUMENTS })
  readonly instrument!: string;

  @ApiProperty()
  readonly instrumentVersion!: string;

  @ApiProperty({ required: false, description: 'Sum score where the instrument has one (PHQ-9, GAD-7, AUDIT-C)' })
  readonly totalScore?: number;

  @ApiProperty({ required: false, description: 'Severity band, e.g. moderately_severe' })
  readonly band?: string;

  @ApiProperty()
  readonly positive!: boolean;

  @ApiProperty({ description: 'A finding that requires immediate follow-up (PHQ-9 item 9 above 0)' })
  readonly safetyFlag!: boolean;

  @ApiProperty({ enum: NEED_CODES, isArray: true })
  readonly needs!: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { positive: { type: 'boolean' }, score: { type: 'number' } },
      required: ['positive'],
    },
    description: 'Per-domain outcome where the instrument has domains (AHC-HRSN)',
  })
  readonly domains?: Record<string, { positive: boolean; score?: number }>;
}

class CaseScreeningDto {
  @ApiProperty({ format: 'uuid' })
  readonly screeningId!: string;

  @ApiProperty({ enum: INSTRUMENTS })
  readonly instrument!: string;

  @ApiProperty()
  readonly instrumentVersion!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The answers, null once erased',
  })
  readonly answers!: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  readonly subject!: Record<string, unknown> | null;

  @ApiProperty({ type: ScreeningResultDto })
  readonly result!: ScreeningResultDto;

  @ApiProperty({ format: 'date-time' })
  readonly scoredAt!: string;
}

class CaseNeedDto {
  @ApiProperty({ enum: NEED_CODES })
  readonly need!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Where the need was identified' })
  readonly source!: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true, description: 'Null once erased' })
  readonly note!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly identifiedAt!: string;
}

class CaseSafetyFlagDto {
  @ApiProperty({ format: 'uuid' })
  readonly screeningId!: string;

  @ApiProperty({ enum: INSTRUMENTS })
  readonly instrument!: string;

  @ApiProperty({ type: [String], description: 'The items that raised it' })
  readonly items!: string[];

  @ApiProperty({ format: 'date-time' })
  readonly followUpDueBy!: string;

  @ApiProperty({ format: 'date-time' })
  readonly raisedAt!: string;
}

export class CaseDetailsDto {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty()
  readonly programId!: string;

  @ApiProperty({ enum: CASE_PRIORITIES })
  readonly priority!: string;

  @ApiProperty({ enum: CASE_STATUSES })
  readonly status!: string;

  @ApiProperty({ type: ReferralSourceViewDto })
  readonly referralSource!: ReferralSourceViewDto;

  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly caseManagerId!: string | null;

  @ApiProperty()
  readonly openedBy!: string;

  @ApiProperty({ format: 'date-time' })
  readonly openedAt!: string;

  @ApiProperty({ type: ClosureDto, nullable: true })
  readonly closure!: ClosureDto | null;

  @ApiProperty()
  readonly reopenedCount!: number;

  @ApiProperty({ type: [CaseScreeningDto], description: 'Every screening, oldest first' })
  readonly screenings!: CaseScreeningDto[];

  @ApiProperty({ type: [CaseNeedDto] })
  readonly needs!: CaseNeedDto[];

  @ApiProperty({ type: [CaseSafetyFlagDto], description: 'Open safety flags' })
  readonly safetyFlags!: CaseSafetyFlagDto[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'The latest eligibility determination per program',
  })
  readonly eligibility!: Record<string, unknown>[];

  @ApiProperty({ description: 'Version of the case’s stream: the expectedVersion of the next change' })
  readonly version!: number;

  @ApiProperty({ format: 'date-time' })
  readonly updatedAt!: string;
}
