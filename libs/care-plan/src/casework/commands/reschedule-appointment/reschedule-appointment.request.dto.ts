import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class RescheduleAppointmentRequestDto {
  @ApiProperty({ format: 'date-time', description: 'The new start, with its offset; in the future' })
  @IsISO8601({ strict: true })
  readonly startsAt!: string;

  @RequiredText('Why (sealed with the client’s key)', 1_000)
  readonly reason!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
