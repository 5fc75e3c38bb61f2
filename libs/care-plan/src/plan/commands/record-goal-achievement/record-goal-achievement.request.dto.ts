import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { GOAL_ACHIEVEMENT_STATUSES, type GoalAchievementStatus } from '../../plan.events';
import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';

export class RecordGoalAchievementRequestDto {
  @ApiProperty({ enum: GOAL_ACHIEVEMENT_STATUSES })
  @IsIn(GOAL_ACHIEVEMENT_STATUSES)
  readonly to!: GoalAchievementStatus;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
