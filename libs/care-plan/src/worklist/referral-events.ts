// Care plan's own reading of the referral events its worklist follows, as it reads intake's (ADR 0027): the published
// type of each, and only the fields it uses. Nothing here comes from referral's code (ADR 0018), and nothing of what
// is sealed (the provider's notes, the outcome) is read: the worklist needs ids and deadlines only.

import { publishedTypeOf, type ServiceContract } from '@casemgmt/messaging';

/** The service whose contract publishes these: a host may give it to care plan or not. */
export const REFERRAL_SERVICE = 'referral';

/** The published types the worklist follows, exactly as referral's contract names them. */
export const REFERRAL_EVENTS = {
  referralRequested: 'referral.ReferralRequested.v1',
  referralStatusChanged: 'referral.ReferralStatusChanged.v1',
  referralRejected: 'referral.ReferralRejected.v1',
  referralCompleted: 'referral.ReferralCompleted.v1',
  referralFollowedUp: 'referral.ReferralFollowedUp.v1',
} as const;

/** Every referral event is about one referral of one case. */
interface OnReferral {
  readonly referralId: string;
  readonly caseId: string;
}
export interface ReferralRequestedV1 extends OnReferral {
  /** An ISO instant: the program's business days after the send, in the agency's calendar. */
  readonly answerDueAt: string;
}
export interface ReferralStatusChangedV1 extends OnReferral {
  readonly to: string;
}
export type ReferralRejectedV1 = OnReferral;
export interface ReferralCompletedV1 extends OnReferral {
  /** A calendar date: the follow-up is due by its end in the agency's time zone. */
  readonly followUpDueOn: string;
}
export type ReferralFollowedUpV1 = OnReferral;

/** The statuses of `ReferralStatusChanged` the worklist acts on. */
export const REFERRAL_ACCEPTED = 'accepted';
export const REFERRAL_CANCELLED = 'cancelled';
export const REFERRAL_ENTERED_IN_ERROR = 'entered-in-error';

/** Was care plan given referral's contract? Without it the worklist simply has no referral items. */
export function followsReferrals(contracts: readonly ServiceContract[]): boolean {
  return contracts.some((contract) => contract.service === REFERRAL_SERVICE);
}

/**
 * The referral types the worklist reads that the given referral contract does not publish (a version replaced
 * without care plan knowing would stop its referral items without a word); empty when no referral contract is given,
 * since referral is optional to care plan.
 */
export function referralTypesMissingFrom(contracts: readonly ServiceContract[]): string[] {
  const referral = contracts.filter((contract) => contract.service === REFERRAL_SERVICE);
  if (referral.length === 0) return [];
  const published = new Set(
    referral.flatMap((contract) =>
      contract.events.map((event) => publishedTypeOf(contract.service, event.type, event.version)),
    ),
  );
  return Object.values(REFERRAL_EVENTS).filter((type) => !published.has(type));
}
