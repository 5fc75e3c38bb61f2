import { readOnlyDecider } from '@casemgmt/decider';
import { referralDecider as referralDecision } from './referral/referral.decider';

// What other contexts may use of referral (ADR 0018): its published language, how its streams are named, how a
// referral folds into state for a replay, and its error codes. Nothing here reaches a module or a read model.
export { REFERRAL_CONTRACT } from './referral.contract';
export { REFERRAL_CATEGORIES, referralStreamId } from './shared/referral-streams';
export type { ReferralEvent, ReferralState, ReferralStatus } from './referral/referral.decider';
export type { ReferralErrorCode } from './referral/referral.errors';

/** A referral's `initialState` and `evolve`, read-only. */
export const referralDecider = readOnlyDecider(referralDecision);
