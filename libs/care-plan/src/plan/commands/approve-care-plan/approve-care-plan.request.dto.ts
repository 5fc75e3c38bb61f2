import { OptionalExpectedVersion, PlanVersion } from '../../plan-http.dto';

export class ApproveCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
