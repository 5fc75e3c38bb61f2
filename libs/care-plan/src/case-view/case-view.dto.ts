import { ApiProperty } from '@nestjs/swagger';
import type { CaseView } from './case-view.types';

// `GET /care-plan/cases/{caseId}` as the OpenAPI document describes it; implementing the interface keeps them one.

type SafetyFlag = CaseView['safetyFlags'][number];

export class SafetyFlagDto implements SafetyFlag {
  @ApiProperty({ format: 'uuid' })
  readonly screeningId!: string;

  @ApiProperty({ description: 'The screening instrument that raised it, e.g. PHQ-9' })
  readonly instrument!: string;

  @ApiProperty({ format: 'date-time', description: 'When the safety follow-up is due by' })
  readonly followUpDueBy!: string;
}

export class CaseViewDto implements CaseView {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty()
  readonly program!: string;

  @ApiProperty()
  readonly priority!: string;

  @ApiProperty()
  readonly status!: string;

  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly caseManagerId!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly openedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly closedAt!: string | null;

  @ApiProperty({ type: [String] })
  readonly needs!: string[];

  @ApiProperty({ type: [SafetyFlagDto] })
  readonly safetyFlags!: SafetyFlagDto[];

  @ApiProperty({ format: 'date-time' })
  readonly updatedAt!: string;
}
