import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { GOAL_LIFECYCLE_STATUSES, type GoalLifecycleStatus } from '../../plan.events';
import { OptionalExpectedVersion, OptionalText } from '../../../shared/care-plan-http.dto';

export class ChangeGoalLifecycleRequestDto {
  @ApiProperty({ enum: GOAL_LIFECYCLE_STATUSES })
  @IsIn(GOAL_LIFECYCLE_STATUSES)
  readonly to!: GoalLifecycleStatus;

  @OptionalText('Why (required to cancel; sealed with the client’s key)')
  readonly reason?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
