import { PlanVersion } from '../../plan-http.dto';
import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class ReturnCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @RequiredText('What to change (sealed with the client’s key)')
  readonly comments!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
