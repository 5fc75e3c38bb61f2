import { randomUUID } from 'node:crypto';
import { CARE_PLAN_EVENT_STORE } from '@casemgmt/care-plan';
import type { EventStore } from '@casemgmt/event-store';
import type { TestHost } from '@casemgmt/host/testing';

/** What the provider and the case manager write on a referral: sealed in the store, never on a worklist. */
export const REFERRAL_NOTE = 'Seen on Tuesday, she asked for the Spanish-speaking counsellor';
export const REFERRAL_OUTCOME = 'Housing voucher issued for the Elm Street unit';

/**
 * Appends a referral's events as referral's handlers record them: to the referral's stream, with the case and its
 * client in the metadata and free text sealed with the client's key (the same vault in one deployment). Referral's
 * module is hosted elsewhere; care plan's worklist follows these events all the same.
 */
export function referralEvents(host: TestHost, options: { readonly clientId: string; readonly tenant?: string }) {
  const store = host.app.get<symbol, EventStore>(CARE_PLAN_EVENT_STORE, { strict: false });
  const caseManager = { id: 'cm-1', role: 'case_manager' };
  const partner = { id: 'pp-1', role: 'provider_partner' };
  const append = (
    caseId: string,
    referralId: string,
    type: string,
    actor: { readonly id: string; readonly role: string },
    data: Record<string, unknown>,
  ) =>
    store.appendToStream(
      `referral.referral-${referralId}`,
      [
        {
          type,
          data: { referralId, caseId, by: actor.id, ...data },
          metadata: {
            tenantId: options.tenant ?? 'county-a',
            actor,
            correlationId: randomUUID(),
            caseId,
            clientId: options.clientId,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
  const moved = (caseId: string, referralId: string, from: string, to: string) =>
    append(caseId, referralId, 'ReferralStatusChanged', to === 'accepted' ? partner : caseManager, {
      from,
      to,
      party: to === 'accepted' ? 'responder' : 'requester',
      personal: { note: REFERRAL_NOTE },
    });
  return {
    requested: (caseId: string, referralId: string, answerDueAt: Date) =>
      append(caseId, referralId, 'ReferralRequested', caseManager, { answerDueAt: answerDueAt.toISOString() }),
    accepted: (caseId: string, referralId: string) => moved(caseId, referralId, 'requested', 'accepted'),
    cancelled: (caseId: string, referralId: string) => moved(caseId, referralId, 'requested', 'cancelled'),
    enteredInError: (caseId: string, referralId: string, from: string) =>
      moved(caseId, referralId, from, 'entered-in-error'),
    rejected: (caseId: string, referralId: string) =>
      append(caseId, referralId, 'ReferralRejected', partner, {
        from: 'requested',
        reason: 'lack_of_capacity',
        personal: { note: REFERRAL_NOTE },
      }),
    completed: (caseId: string, referralId: string, dates: { deliveredOn: string; followUpDueOn: string }) =>
      append(caseId, referralId, 'ReferralCompleted', partner, {
        from: 'accepted',
        ...dates,
        personal: { outcome: REFERRAL_OUTCOME },
      }),
    followedUp: (caseId: string, referralId: string) =>
      append(caseId, referralId, 'ReferralFollowedUp', caseManager, {
        result: 'need_partly_met',
        personal: { note: REFERRAL_NOTE },
      }),
  };
}
