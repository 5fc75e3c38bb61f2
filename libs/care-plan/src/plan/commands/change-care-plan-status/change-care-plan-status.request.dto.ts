import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PLAN_STATUS_CHANGES, type PlanStatusChange } from '../../plan.events';
import { OptionalExpectedVersion, OptionalText } from '../../../shared/care-plan-http.dto';

export class ChangeCarePlanStatusRequestDto {
  @ApiProperty({ enum: PLAN_STATUS_CHANGES, description: 'active resumes a plan on hold' })
  @IsIn(PLAN_STATUS_CHANGES)
  readonly to!: PlanStatusChange;

  @OptionalText('Why (required for on-hold, revoked and entered-in-error; sealed with the client’s key)')
  readonly reason?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
