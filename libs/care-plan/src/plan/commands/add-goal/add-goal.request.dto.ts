import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { GOAL_LIFECYCLE_STATUSES, type GoalLifecycleStatus } from '../../plan.events';
import { GoalContentDto } from '../goal-content.dto';

export class AddGoalRequestDto extends GoalContentDto {
  @ApiPropertyOptional({ enum: GOAL_LIFECYCLE_STATUSES, description: 'Where the goal starts; proposed when left out' })
  @IsOptional()
  @IsIn(GOAL_LIFECYCLE_STATUSES)
  readonly lifecycleStatus?: GoalLifecycleStatus;
}
