import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { GOAL_ACHIEVEMENT_STATUSES, type GoalAchievementStatus } from '../../plan.events';
import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class GoalProgressDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly goalId!: string;

  @ApiProperty({ enum: GOAL_ACHIEVEMENT_STATUSES })
  @IsIn(GOAL_ACHIEVEMENT_STATUSES)
  readonly achievementStatus!: GoalAchievementStatus;
}

export class ReviewCarePlanRequestDto {
  @ApiProperty({ format: 'date', description: 'The day of the review, not in the future' })
  @IsISO8601({ strict: true })
  readonly reviewedOn!: string;

  @RequiredText('The review’s summary (sealed with the client’s key)')
  readonly summary!: string;

  @ApiProperty({ type: [GoalProgressDto], description: 'The progress of every goal still open' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => GoalProgressDto)
  readonly goals!: GoalProgressDto[];

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
