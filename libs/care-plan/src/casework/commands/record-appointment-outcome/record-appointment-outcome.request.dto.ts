import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalExpectedVersion, OptionalText } from '../../../shared/care-plan-http.dto';
import { APPOINTMENT_OUTCOMES, type AppointmentOutcome } from '../../casework.events';

export class RecordAppointmentOutcomeRequestDto {
  @ApiProperty({ enum: APPOINTMENT_OUTCOMES, description: 'missed is a no-show' })
  @IsIn(APPOINTMENT_OUTCOMES)
  readonly outcome!: AppointmentOutcome;

  @OptionalText('Why it was cancelled (required for a cancellation; sealed)', 1_000)
  readonly reason?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
