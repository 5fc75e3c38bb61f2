import { OptionalExpectedVersion } from '../../plan-http.dto';

export class DraftCarePlanRequestDto {
  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
