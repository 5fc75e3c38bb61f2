import { OptionalExpectedVersion, OptionalText } from '../../../shared/referral-http.dto';

export class CancelReferralRequestDto {
  @OptionalText('Why, for the record (sealed)')
  readonly note?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
