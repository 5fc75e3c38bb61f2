import type { ReferralEvent, ReferralParty, ReferralReason, ReferralStatus } from '../../referral.events';

/** One move of a referral as the receiving organisation sees it: to which status, by which side, when and why. */
export interface PartnerHistoryEntry {
  readonly status: ReferralStatus;
  readonly party: ReferralParty;
  /** When it happened, as recorded by whoever made the move. */
  readonly occurredAt: string;
  /** When it was stored: later than `occurredAt` for a move recorded after the fact. */
  readonly recordedAt: string;
  /** The reason code of a rejection or a failure. */
  readonly reason: ReferralReason | null;
  /** The delivery date of a completion. */
  readonly deliveredOn: string | null;
}

/** A stored referral event with the two times the history shows. */
export interface TimedReferralEvent {
  readonly event: ReferralEvent;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
}

/**
 * The referral's moves from its send on, oldest first: what the partner may know of its course. Who made each move,
 * notes and the outcome's text stay out (the agency's staff and sealed text are not the partner's to read here), and
 * so do the draft, the disclosures and the follow-up, which are the agency's own.
 */
export function partnerHistoryOf(events: readonly TimedReferralEvent[]): PartnerHistoryEntry[] {
  return events.flatMap(({ event, occurredAt, recordedAt }): PartnerHistoryEntry[] => {
    const at = { occurredAt: occurredAt.toISOString(), recordedAt: recordedAt.toISOString() };
    const none = { reason: null, deliveredOn: null };
    switch (event.type) {
      case 'ReferralRequested':
        return [{ status: 'requested', party: 'requester', ...at, ...none }];
      case 'ReferralStatusChanged':
        return [{ status: event.data.to, party: event.data.party, ...at, ...none }];
      case 'ReferralRejected':
        return [{ status: 'rejected', party: 'responder', ...at, reason: event.data.reason, deliveredOn: null }];
      case 'ReferralFailed':
        return [{ status: 'failed', party: 'responder', ...at, reason: event.data.reason, deliveredOn: null }];
      case 'ReferralCompleted':
        return [{ status: 'completed', party: 'responder', ...at, reason: null, deliveredOn: event.data.deliveredOn }];
      case 'ReferralDrafted':
      case 'ReferralDisclosed':
      case 'ReferralConsentRevoked':
      case 'ReferralFollowedUp':
        return [];
      default: {
        const unknownEvent: never = event;
        throw new Error(`unknown referral event ${JSON.stringify(unknownEvent)}`);
      }
    }
  });
}
