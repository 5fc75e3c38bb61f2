import { OptionalExpectedVersion, RequiredText } from '../../../shared/referral-http.dto';

export class MarkReferralEnteredInErrorRequestDto {
  @RequiredText('What the error was (sealed)')
  readonly note!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
