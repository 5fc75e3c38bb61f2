import { OptionalExpectedVersion, PlanVersion, RequiredText } from '../../plan-http.dto';

export class ReturnCarePlanRequestDto {
  @PlanVersion()
  readonly version!: number;

  @RequiredText('What to change (sealed with the client’s key)')
  readonly comments!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
