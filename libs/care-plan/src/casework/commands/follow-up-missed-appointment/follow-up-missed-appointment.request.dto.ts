import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class RecordMissedAppointmentFollowUpRequestDto {
  @RequiredText('What was done about the missed appointment (sealed with the client’s key)')
  readonly notes!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
