import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INTERVENTION_STATUSES, type InterventionStatus } from '../../plan.events';
import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';

export class ChangeInterventionStatusRequestDto {
  @ApiProperty({ enum: INTERVENTION_STATUSES })
  @IsIn(INTERVENTION_STATUSES)
  readonly to!: InterventionStatus;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
