import type { ServiceContract } from '@casemgmt/messaging';
import { REFERRAL_PUBLISHED_EVENTS } from './referral/referral.contract';
import { REFERRAL_ACCESS_LOG_EVENTS } from './shared/referral-access-log.contract';
import { REFERRAL_CATEGORIES } from './shared/referral-streams';

/** What referral publishes to `casemgmt.referral.events.v1`: its referrals' events and its access log. */
export const REFERRAL_CONTRACT: ServiceContract = {
  service: 'referral',
  description:
    'Closed-loop referrals to community providers: requested, accepted, rejected, in progress, completed, outcomes.',
  categories: REFERRAL_CATEGORIES,
  events: [...REFERRAL_PUBLISHED_EVENTS, ...REFERRAL_ACCESS_LOG_EVENTS],
};
