/** Referral's aggregates; each is a stream category `referral.<aggregate>`. */
export type ReferralAggregate = 'referral' | 'access_log';

export const REFERRAL_CATEGORIES: readonly string[] = ['referral.referral', 'referral.access_log'];

/** `referral.referral-<referral id>`: the stream of one referral. */
export function referralStreamId(aggregate: ReferralAggregate, id: string): string {
  return `referral.${aggregate}-${id}`;
}
