import type { Provider, Type } from '@nestjs/common';
import { AcceptReferralHttpController } from './commands/accept-referral/accept-referral.http.controller';
import { CancelReferralHttpController } from './commands/cancel-referral/cancel-referral.http.controller';
import { CompleteReferralHttpController } from './commands/complete-referral/complete-referral.http.controller';
import { DraftReferralHttpController } from './commands/draft-referral/draft-referral.http.controller';
import { FailReferralHttpController } from './commands/fail-referral/fail-referral.http.controller';
import { FollowUpReferralHttpController } from './commands/follow-up-referral/follow-up-referral.http.controller';
import { HoldReferralHttpController } from './commands/hold-referral/hold-referral.http.controller';
import { MarkReferralEnteredInErrorHttpController } from './commands/mark-referral-entered-in-error/mark-referral-entered-in-error.http.controller';
import { RejectReferralHttpController } from './commands/reject-referral/reject-referral.http.controller';
import { SendReferralHttpController } from './commands/send-referral/send-referral.http.controller';
import { StartReferralHttpController } from './commands/start-referral/start-referral.http.controller';
import { CountPartnerReferralsHttpController } from './queries/count-partner-referrals/count-partner-referrals.http.controller';
import { CountPartnerReferralsQuery } from './queries/count-partner-referrals/count-partner-referrals.query';
import { GetPartnerReferralHistoryHttpController } from './queries/get-partner-referral-history/get-partner-referral-history.http.controller';
import { GetPartnerReferralHistoryQuery } from './queries/get-partner-referral-history/get-partner-referral-history.query';
import { GetPartnerReferralHttpController } from './queries/get-partner-referral/get-partner-referral.http.controller';
import { GetPartnerReferralQuery } from './queries/get-partner-referral/get-partner-referral.query';
import { GetReferralHttpController } from './queries/get-referral/get-referral.http.controller';
import { GetReferralQuery } from './queries/get-referral/get-referral.query';
import { ListCaseReferralsHttpController } from './queries/list-case-referrals/list-case-referrals.http.controller';
import { ListCaseReferralsQuery } from './queries/list-case-referrals/list-case-referrals.query';
import { ListPartnerReferralsHttpController } from './queries/list-partner-referrals/list-partner-referrals.http.controller';
import { ListPartnerReferralsQuery } from './queries/list-partner-referrals/list-partner-referrals.query';
import { ReferralCommandHandler } from './referral-command.handler';

// Everything the referral aggregate adds to the referral module: the agency's routes, then the partners'.
export const REFERRAL_CONTROLLERS: readonly Type[] = [
  DraftReferralHttpController,
  ListCaseReferralsHttpController,
  SendReferralHttpController,
  CancelReferralHttpController,
  MarkReferralEnteredInErrorHttpController,
  FollowUpReferralHttpController,
  GetReferralHttpController,
  ListPartnerReferralsHttpController,
  CountPartnerReferralsHttpController,
  AcceptReferralHttpController,
  RejectReferralHttpController,
  HoldReferralHttpController,
  StartReferralHttpController,
  FailReferralHttpController,
  CompleteReferralHttpController,
  GetPartnerReferralHttpController,
  GetPartnerReferralHistoryHttpController,
];
export const REFERRAL_PROVIDERS: readonly Provider[] = [
  ReferralCommandHandler,
  ListCaseReferralsQuery,
  GetReferralQuery,
  ListPartnerReferralsQuery,
  GetPartnerReferralQuery,
  GetPartnerReferralHistoryQuery,
  CountPartnerReferralsQuery,
];
