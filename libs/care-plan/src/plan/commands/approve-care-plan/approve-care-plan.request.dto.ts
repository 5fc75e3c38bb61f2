import { PlanVersion } from '../../plan-http.dto';
import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';

export class ApproveCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
