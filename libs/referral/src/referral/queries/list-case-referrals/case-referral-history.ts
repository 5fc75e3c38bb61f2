import type { ReferralStatus } from '../../referral.events';
import {
  partnerHistoryOf,
  type PartnerHistoryEntry,
  type TimedReferralEvent,
} from '../get-partner-referral-history/partner-referral-history';

/** One move of a referral as the agency sees it on its case: the partner's view of each move, and the draft. */
export type CaseReferralHistoryEntry = PartnerHistoryEntry;

/**
 * The referral's statuses, oldest first, each with when it was reached (occurred and recorded): its draft, then the
 * moves from the send on as {@link partnerHistoryOf} reads them. Notes, outcomes and who made each move stay out.
 */
export function caseReferralHistoryOf(events: readonly TimedReferralEvent[]): CaseReferralHistoryEntry[] {
  return events.flatMap((timed): CaseReferralHistoryEntry[] => {
    if (timed.event.type !== 'ReferralDrafted') return partnerHistoryOf([timed]);
    const status: ReferralStatus = 'draft';
    return [
      {
        status,
        party: 'requester',
        occurredAt: timed.occurredAt.toISOString(),
        recordedAt: timed.recordedAt.toISOString(),
        reason: null,
        deliveredOn: null,
      },
    ];
  });
}
