import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseTimeline, TimelineEntry } from './get-case-timeline.query';

// `GET /audit/cases/{caseId}/timeline` as the OpenAPI document describes it, so clients (the console) get generated
// types; implementing the interfaces keeps them one.

class TimelineActorDto {
  @ApiProperty()
  readonly id!: string;

  @ApiProperty()
  readonly role!: string;

  @ApiPropertyOptional({ description: 'Whom they acted for' })
  readonly onBehalfOf?: string;
}

export class TimelineEntryDto implements TimelineEntry {
  @ApiProperty({ description: 'Position in the tenant’s chain' })
  readonly sequence!: number;

  @ApiProperty({ format: 'uuid' })
  readonly eventId!: string;

  @ApiProperty({ description: 'What: the published type, e.g. intake.CaseOpened.v1' })
  readonly type!: string;

  @ApiProperty({ enum: ['change', 'view', 'refusal'] })
  readonly kind!: 'change' | 'view' | 'refusal';

  @ApiProperty({ type: TimelineActorDto })
  readonly actor!: TimelineActorDto;

  @ApiProperty({ format: 'date-time', description: 'When it happened in the world (may be back-dated)' })
  readonly occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded' })
  readonly recordedAt!: string;

  @ApiProperty()
  readonly streamId!: string;

  @ApiProperty()
  readonly streamVersion!: number;

  @ApiPropertyOptional({ description: 'For a view or a refusal: the route or query that showed, or refused, it' })
  readonly view?: string;

  @ApiPropertyOptional({ description: 'For a correction: why it was made' })
  readonly reason?: string;
}

export class CaseTimelineDto implements CaseTimeline {
  @ApiProperty()
  readonly caseId!: string;

  @ApiProperty({ type: [TimelineEntryDto], description: 'In chain order' })
  readonly entries!: TimelineEntryDto[];
}
