import { PlanVersion } from '../../plan-http.dto';
import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';

export class SubmitCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
