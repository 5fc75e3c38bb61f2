import { accessLogEvents, type PublishedEventContract } from '@casemgmt/messaging';
import { referralStreamId } from './referral-streams';

/** What referral shows: a case's referrals, one referral, a partner's inbox. */
export type ReferralAccessSubject = 'referral' | 'inbox';
const SUBJECTS: readonly ReferralAccessSubject[] = ['referral', 'inbox'];

export const REFERRAL_ACCESS_LOG_EVENTS: readonly PublishedEventContract[] = accessLogEvents(
  SUBJECTS,
  'a referral, a case’s referrals, or a provider partner’s inbox',
);

/** `referral.access_log-<tenant>.<key>`: the tenant is in the id, so agencies never share a stream. */
export function referralAccessLogStreamId(tenantId: string, key: string): string {
  return referralStreamId('access_log', `${tenantId}.${key}`);
}
