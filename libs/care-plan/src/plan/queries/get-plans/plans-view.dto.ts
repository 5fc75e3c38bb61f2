import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GOAL_ACHIEVEMENT_STATUSES,
  GOAL_LIFECYCLE_STATUSES,
  INTERVENTION_STATUSES,
  MEASURE_COMPARATORS,
  MEASURE_INSTRUMENTS,
  PLAN_STATUSES,
  RESPONSIBLE_KINDS,
  type GoalAchievementStatus,
  type GoalLifecycleStatus,
  type GoalMeasure,
  type InterventionStatus,
  type MeasureComparator,
  type MeasureInstrument,
  type PlanStatus,
  type Responsible,
  type ResponsibleKind,
} from '../../plan.events';
import type { ApprovalStatus, InterventionRecord, ProgressNote, ReviewRecord } from '../../plan.state';
import type { CasePlans, GoalView, MeasureProgress, PlanView } from './get-plans.query';

// `GET /care-plan/cases/{caseId}/plans` as the OpenAPI document describes it, so clients (the console) get generated
// types. Each class implements its record's interface: a field added to one and not the other fails the build.
// Sealed text is null once the client's personal data is erased.

const SEALED = 'Null once the client’s personal data is erased';
const APPROVAL_STATUSES: readonly ApprovalStatus[] = [
  'not-submitted',
  'submitted',
  'returned',
  'approved',
  'awaiting-re-approval',
];

class ResponsibleViewDto implements Responsible {
  @ApiProperty({ enum: RESPONSIBLE_KINDS })
  readonly kind!: ResponsibleKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The provider organisation, by its directory id' })
  readonly organizationId?: string;
}

class InterventionDto implements InterventionRecord {
  @ApiProperty({ format: 'uuid' })
  readonly interventionId!: string;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly description!: string | null;

  @ApiProperty({ type: ResponsibleViewDto })
  readonly responsible!: ResponsibleViewDto;

  @ApiProperty({ format: 'date' })
  readonly dueDate!: string;

  @ApiProperty({ enum: INTERVENTION_STATUSES })
  readonly status!: InterventionStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly referralId!: string | null;
}

class ProgressNoteDto implements ProgressNote {
  @ApiProperty({ format: 'uuid' })
  readonly noteId!: string;

  @ApiProperty()
  readonly by!: string;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly text!: string | null;
}

class GoalMeasureViewDto implements GoalMeasure {
  @ApiProperty({ enum: MEASURE_INSTRUMENTS })
  readonly instrument!: MeasureInstrument;

  @ApiProperty({ enum: MEASURE_COMPARATORS })
  readonly comparator!: MeasureComparator;

  @ApiProperty()
  readonly value!: number;
}

class MeasureProgressDto implements MeasureProgress {
  @ApiProperty({ format: 'uuid' })
  readonly screeningId!: string;

  @ApiProperty()
  readonly totalScore!: number;

  @ApiProperty({ format: 'date-time' })
  readonly screenedAt!: string;

  @ApiProperty()
  readonly met!: boolean;
}

class GoalDto implements GoalView {
  @ApiProperty({ format: 'uuid' })
  readonly goalId!: string;

  @ApiProperty({ type: [String] })
  readonly needs!: string[];

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly description!: string | null;

  @ApiProperty({ format: 'date' })
  readonly targetDate!: string;

  @ApiProperty({ type: GoalMeasureViewDto, nullable: true })
  readonly measure!: GoalMeasureViewDto | null;

  @ApiProperty({ enum: GOAL_LIFECYCLE_STATUSES })
  readonly lifecycleStatus!: GoalLifecycleStatus;

  @ApiProperty({ enum: GOAL_ACHIEVEMENT_STATUSES, nullable: true })
  readonly achievementStatus!: GoalAchievementStatus | null;

  @ApiProperty({ type: [InterventionDto] })
  readonly interventions!: InterventionDto[];

  @ApiProperty({ type: [ProgressNoteDto] })
  readonly notes!: ProgressNoteDto[];

  @ApiProperty({ type: MeasureProgressDto, nullable: true })
  readonly measureProgress!: MeasureProgressDto | null;
}

class VersionByDto {
  @ApiProperty()
  readonly version!: number;

  @ApiProperty()
  readonly by!: string;
}

class ReturnedDto extends VersionByDto {
  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly comments!: string | null;
}

class ApprovalDto extends VersionByDto {
  @ApiProperty({ format: 'date' })
  readonly approvedOn!: string;
}

class ReviewGoalDto {
  @ApiProperty({ format: 'uuid' })
  readonly goalId!: string;

  @ApiProperty({ enum: GOAL_ACHIEVEMENT_STATUSES })
  readonly achievementStatus!: GoalAchievementStatus;
}

class ReviewDto implements ReviewRecord {
  @ApiProperty({ format: 'uuid' })
  readonly reviewId!: string;

  @ApiProperty({ format: 'date' })
  readonly reviewedOn!: string;

  @ApiProperty()
  readonly by!: string;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly summary!: string | null;

  @ApiProperty({ type: [ReviewGoalDto] })
  readonly goals!: ReviewGoalDto[];
}

export class PlanDto implements PlanView {
  @ApiProperty({ format: 'uuid' })
  readonly planId!: string;

  @ApiProperty({ enum: PLAN_STATUSES })
  readonly status!: PlanStatus;

  @ApiProperty({ description: 'What the plan says: 1 when drafted, one more with each change to its goals' })
  readonly version!: number;

  @ApiProperty()
  readonly createdBy!: string;

  @ApiProperty({ type: [String], description: 'Who changed it since its last approved version: none may approve' })
  readonly authors!: string[];

  @ApiProperty({ type: [GoalDto] })
  readonly goals!: GoalDto[];

  @ApiProperty({ type: VersionByDto, nullable: true })
  readonly submitted!: VersionByDto | null;

  @ApiProperty({ type: ReturnedDto, nullable: true })
  readonly returned!: ReturnedDto | null;

  @ApiProperty({ type: ApprovalDto, nullable: true })
  readonly approved!: ApprovalDto | null;

  @ApiProperty({ type: [ApprovalDto], description: 'Every approval, oldest first' })
  readonly approvals!: ApprovalDto[];

  @ApiProperty({ enum: APPROVAL_STATUSES })
  readonly approvalStatus!: ApprovalStatus;

  @ApiProperty({ type: [ReviewDto] })
  readonly reviews!: ReviewDto[];

  @ApiProperty({ type: String, format: 'date', nullable: true })
  readonly nextReviewDueBy!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly supersededBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly statusReason!: string | null;
}

export class CasePlansDto implements CasePlans {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant the plans are shown as of' })
  readonly asOf!: string;

  @ApiProperty({ description: 'Send it as expectedVersion with the next change' })
  readonly streamVersion!: number;

  @ApiProperty({ type: [PlanDto], description: 'Oldest first' })
  readonly plans!: PlanDto[];
}
