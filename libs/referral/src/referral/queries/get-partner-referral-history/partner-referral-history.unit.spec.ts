import type { ReferralEvent } from '../../referral.events';
import { partnerHistoryOf, type TimedReferralEvent } from './partner-referral-history';

const on = { referralId: 'r-1', caseId: 'c-1' };
let minute = 0;
const timed = (event: ReferralEvent, lateMinutes = 0): TimedReferralEvent => {
  minute += 1;
  const occurredAt = new Date(Date.UTC(2026, 11, 1, 9, minute));
  return { event, occurredAt, recordedAt: new Date(occurredAt.getTime() + lateMinutes * 60_000) };
};

describe('partnerHistoryOf', () => {
  beforeEach(() => (minute = 0));

  it('lists the moves from the send on, with each side’s status, reason and delivery date, oldest first', () => {
    const history = partnerHistoryOf([
      timed({
        type: 'ReferralDrafted',
        data: {
          ...on,
          program: 'adult',
          need: 'housing',
          goalId: null,
          target: { organizationId: 'o', serviceId: 's', locationId: 'l', listingVersion: 1 },
          warnings: [],
          by: 'cm-1',
        },
      }),
      timed({ type: 'ReferralRequested', data: { ...on, answerDueAt: '2026-12-08T00:00:00.000Z', by: 'cm-1' } }),
      timed({
        type: 'ReferralDisclosed',
        data: {
          ...on,
          recipientOrganizationId: 'o',
          consentId: 'k',
          purpose: 'referral',
          informationCategories: ['housing'],
          fields: ['housingNeed'],
          redisclosureNotice: 'notice',
          by: 'cm-1',
          personal: null,
        },
      }),
      timed({
        type: 'ReferralStatusChanged',
        data: { ...on, from: 'requested', to: 'accepted', party: 'responder', by: 'pp-1' },
      }),
      timed({
        type: 'ReferralStatusChanged',
        data: { ...on, from: 'accepted', to: 'on-hold', party: 'responder', by: 'pp-1', personal: { note: 'sealed' } },
      }),
      timed(
        {
          type: 'ReferralCompleted',
          data: {
            ...on,
            from: 'on-hold',
            deliveredOn: '2026-11-30',
            followUpDueOn: '2026-12-31',
            by: 'pp-1',
            personal: { outcome: 'A bed' },
          },
        },
        90,
      ),
      timed({ type: 'ReferralFollowedUp', data: { ...on, result: 'need_met', by: 'cm-1' } }),
    ]);
    expect(history).toEqual([
      {
        status: 'requested',
        party: 'requester',
        occurredAt: '2026-12-01T09:02:00.000Z',
        recordedAt: '2026-12-01T09:02:00.000Z',
        reason: null,
        deliveredOn: null,
      },
      {
        status: 'accepted',
        party: 'responder',
        occurredAt: '2026-12-01T09:04:00.000Z',
        recordedAt: '2026-12-01T09:04:00.000Z',
        reason: null,
        deliveredOn: null,
      },
      {
        status: 'on-hold',
        party: 'responder',
        occurredAt: '2026-12-01T09:05:00.000Z',
        recordedAt: '2026-12-01T09:05:00.000Z',
        reason: null,
        deliveredOn: null,
      },
      {
        status: 'completed',
        party: 'responder',
        occurredAt: '2026-12-01T09:06:00.000Z',
        recordedAt: '2026-12-01T10:36:00.000Z',
        reason: null,
        deliveredOn: '2026-11-30',
      },
    ]);
    // Neither who moved it, nor a note, nor the outcome's text.
    expect(JSON.stringify(history)).not.toMatch(/pp-1|cm-1|sealed|A bed/);
  });

  it('gives a rejection’s and a failure’s reason code, and the agency’s cancellation as the requester’s', () => {
    const history = partnerHistoryOf([
      timed({ type: 'ReferralRejected', data: { ...on, from: 'requested', reason: 'lack_of_capacity', by: 'pp-1' } }),
      timed({
        type: 'ReferralFailed',
        data: { ...on, from: 'accepted', reason: 'other', by: 'pp-1', personal: { note: 'x' } },
      }),
      timed({
        type: 'ReferralStatusChanged',
        data: { ...on, from: 'accepted', to: 'cancelled', party: 'requester', by: 'cm-1' },
      }),
    ]);
    expect(history.map(({ status, party, reason }) => ({ status, party, reason }))).toEqual([
      { status: 'rejected', party: 'responder', reason: 'lack_of_capacity' },
      { status: 'failed', party: 'responder', reason: 'other' },
      { status: 'cancelled', party: 'requester', reason: null },
    ]);
  });
});
