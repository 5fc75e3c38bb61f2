import { OptionalExpectedVersion, PlanVersion } from '../../plan-http.dto';

export class SubmitCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
