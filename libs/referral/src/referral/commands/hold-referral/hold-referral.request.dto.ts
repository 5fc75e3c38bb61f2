import { OptionalText } from '../../../shared/referral-http.dto';

export class HoldReferralRequestDto {
  @OptionalText('Why (sealed)')
  readonly note?: string;
}
