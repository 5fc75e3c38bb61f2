// The referral service. Its domain (the closed loop's decider and published language) is here; its module, routes,
// consent check at the send and partner API come next (issue 13).
export { REFERRAL_CONTRACT } from './referral.contract';
export { referralDecider, REFERRAL_TRANSITIONS } from './referral/referral.decider';
export type { ReferralCommand, ReferralEvent, ReferralState } from './referral/referral.decider';
