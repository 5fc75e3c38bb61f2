import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';

export class DraftCarePlanRequestDto {
  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
