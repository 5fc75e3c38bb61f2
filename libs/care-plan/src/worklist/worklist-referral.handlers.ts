import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandlers, IncomingEvent } from '@casemgmt/messaging';
import { instantOf } from '@casemgmt/kernel';
import { typedHandler } from '../case-view/case-view.handlers';
import type { CarePlanSettings } from '../shared/program-settings';
import {
  REFERRAL_ACCEPTED,
  REFERRAL_CANCELLED,
  REFERRAL_ENTERED_IN_ERROR,
  REFERRAL_EVENTS,
  type ReferralCompletedV1,
  type ReferralFollowedUpV1,
  type ReferralRejectedV1,
  type ReferralRequestedV1,
  type ReferralStatusChangedV1,
} from './referral-events';
import { dueByEndOf, type WorklistKind } from './worklist-deadlines';
import { addItem, settleItems, type CaseKey, type Settlement } from './worklist-items';

const keyOf = (event: IncomingEvent, data: { readonly caseId: string }): CaseKey => ({
  tenantId: event.metadata.tenantId,
  caseId: data.caseId,
});

/** Takes the referral's item of that kind off the list. */
const settle = (
  tx: SqlTransaction,
  event: IncomingEvent,
  data: { readonly caseId: string; readonly referralId: string },
  kind: WorklistKind,
  state: Settlement['state'],
  by: string,
) => settleItems(tx, keyOf(event, data), { kind, ref: data.referralId }, { state, event: by, at: event.occurredAt });

/**
 * The worklist's handlers of referral's events, run by care plan's one consumer of other services' events beside
 * intake's, when the host gives care plan referral's contract. Referral computes both deadlines and puts them in its
 * events, so the worklist needs none of referral's settings. A referral's items are keyed by the referral's id.
 */
export function buildWorklistReferralHandlers(settings: CarePlanSettings): EventHandlers {
  return {
    [REFERRAL_EVENTS.referralRequested]: typedHandler<ReferralRequestedV1>((tx, event, data) =>
      addItem(tx, {
        ...keyOf(event, data),
        kind: 'referral_answer',
        ref: data.referralId,
        // Referral's schema makes it an instant; should one ever not read as one, the answer is due at once.
        dueAt: instantOf(data.answerDueAt) ?? event.occurredAt,
        raisedAt: event.occurredAt,
        streamVersion: event.streamVersion,
      }),
    ),
    [REFERRAL_EVENTS.referralStatusChanged]: typedHandler<ReferralStatusChangedV1>(async (tx, event, data) => {
      const by = 'ReferralStatusChanged';
      if (data.to === REFERRAL_ACCEPTED) await settle(tx, event, data, 'referral_answer', 'satisfied', by);
      if (data.to === REFERRAL_CANCELLED) await settle(tx, event, data, 'referral_answer', 'removed', by);
      // A referral entered in error never was: nothing of it is asked any more.
      if (data.to === REFERRAL_ENTERED_IN_ERROR) {
        await settle(tx, event, data, 'referral_answer', 'removed', by);
        await settle(tx, event, data, 'referral_follow_up', 'removed', by);
      }
    }),
    // A rejection is an answer: the case manager looks for another provider, which is a new referral.
    [REFERRAL_EVENTS.referralRejected]: typedHandler<ReferralRejectedV1>((tx, event, data) =>
      settle(tx, event, data, 'referral_answer', 'satisfied', 'ReferralRejected'),
    ),
    [REFERRAL_EVENTS.referralCompleted]: typedHandler<ReferralCompletedV1>((tx, event, data) =>
      addItem(tx, {
        ...keyOf(event, data),
        kind: 'referral_follow_up',
        ref: data.referralId,
        dueAt: dueByEndOf(data.followUpDueOn, settings),
        raisedAt: event.occurredAt,
        streamVersion: event.streamVersion,
      }),
    ),
    [REFERRAL_EVENTS.referralFollowedUp]: typedHandler<ReferralFollowedUpV1>((tx, event, data) =>
      settle(tx, event, data, 'referral_follow_up', 'satisfied', 'ReferralFollowedUp'),
    ),
  };
}
