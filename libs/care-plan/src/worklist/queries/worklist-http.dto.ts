import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WORKLIST_KINDS, type WorklistKind } from '../worklist-deadlines';
import type { MyWorklist } from './get-my-worklist/get-my-worklist.query';
import type { TeamWorklist } from './get-team-worklist/get-team-worklist.query';
import type { WorklistEscalation, WorklistItemView } from './worklist-read';

// The worklists' answers as the OpenAPI document describes them, so clients (the console) get generated types.
// Each class implements the answer's interface: a field added to one and not the other fails the build.

class EscalationTargetDto {
  @ApiProperty({ enum: ['supervisor'] })
  readonly role!: 'supervisor';

  @ApiProperty()
  readonly teamId!: string;
}

export class WorklistEscalationDto implements WorklistEscalation {
  @ApiProperty({ type: EscalationTargetDto, description: 'The supervisors of the case’s team' })
  readonly to!: EscalationTargetDto;

  @ApiProperty({ format: 'date-time', description: 'The instant the item fell due' })
  readonly since!: string;
}

export class WorklistComplianceDto {
  @ApiProperty({ description: 'The deadline’s id in audit’s feed: its rule, what it concerns, what raised it' })
  readonly deadlineId!: string;

  @ApiProperty({ description: 'The agency’s compliance rule, e.g. R1' })
  readonly ruleId!: string;

  @ApiProperty()
  readonly description!: string;

  @ApiProperty({ type: String, nullable: true, description: 'A plan, a referral, a month (YYYY-MM), or null' })
  readonly concerns!: string | null;

  @ApiProperty({ description: 'The fine if it is missed, in cents (USD)' })
  readonly fineCents!: number;

  @ApiProperty({
    format: 'date-time',
    description: 'When the rule’s deadline falls due (the item’s own due time may be the program’s, earlier)',
  })
  readonly dueAt!: string;
}

export class WorklistItemDto implements WorklistItemView {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who works the case now; null while unassigned' })
  readonly caseManagerId!: string | null;

  @ApiProperty({ enum: WORKLIST_KINDS })
  readonly kind!: WorklistKind;

  @ApiProperty({ format: 'date-time' })
  readonly dueAt!: string;

  @ApiProperty({ description: 'Whole minutes past dueAt; 0 until then' })
  readonly overdueBy!: number;

  @ApiProperty({ description: 'The event that settles the item' })
  readonly satisfiedBy!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  readonly planId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  readonly interventionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  readonly appointmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  readonly screeningId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  readonly referralId?: string;

  @ApiPropertyOptional({
    type: WorklistComplianceDto,
    description:
      'For a compliance_deadline, and for an item a rule’s deadline stands for (first contact and R1): the agency’s ' +
      'rule, when it falls due and the fine at stake (ADR 0038)',
  })
  readonly compliance?: WorklistComplianceDto;

  @ApiPropertyOptional({ type: WorklistEscalationDto })
  readonly escalation?: WorklistEscalationDto;
}

export class MyWorklistDto implements MyWorklist {
  @ApiProperty()
  readonly caseManagerId!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant overdueBy is counted at' })
  readonly asOf!: string;

  @ApiProperty({ type: [WorklistItemDto], description: 'Overdue first (longest overdue first), then soonest due' })
  readonly items!: WorklistItemDto[];
}

export class TeamWorklistDto implements TeamWorklist {
  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant overdueBy is counted at' })
  readonly asOf!: string;

  @ApiProperty({ type: [WorklistItemDto], description: 'Overdue first (longest overdue first), then soonest due' })
  readonly items!: WorklistItemDto[];
}
