import type { ReferralEvent } from '../../referral.events';
import type { TimedReferralEvent } from '../get-partner-referral-history/partner-referral-history';
import { caseReferralHistoryOf } from './case-referral-history';

const on = { referralId: 'r-1', caseId: 'c-1' };
let minute = 0;
const timed = (event: ReferralEvent, lateMinutes = 0): TimedReferralEvent => {
  minute += 1;
  const occurredAt = new Date(Date.UTC(2026, 11, 1, 9, minute));
  return { event, occurredAt, recordedAt: new Date(occurredAt.getTime() + lateMinutes * 60_000) };
};

describe('caseReferralHistoryOf', () => {
  beforeEach(() => (minute = 0));

  it('lists the draft and every status after it, oldest first, with both times and no notes', () => {
    const history = caseReferralHistoryOf([
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
        type: 'ReferralStatusChanged',
        data: { ...on, from: 'requested', to: 'accepted', party: 'responder', by: 'pp-1', personal: { note: 'x' } },
      }),
      timed(
        {
          type: 'ReferralFailed',
          data: { ...on, from: 'accepted', reason: 'unable_to_contact_client', by: 'pp-1', personal: null },
        },
        90,
      ),
      timed({ type: 'ReferralFollowedUp', data: { ...on, result: 'need_not_met', by: 'cm-1' } }),
    ]);
    expect(history).toEqual([
      {
        status: 'draft',
        party: 'requester',
        occurredAt: '2026-12-01T09:01:00.000Z',
        recordedAt: '2026-12-01T09:01:00.000Z',
        reason: null,
        deliveredOn: null,
      },
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
        occurredAt: '2026-12-01T09:03:00.000Z',
        recordedAt: '2026-12-01T09:03:00.000Z',
        reason: null,
        deliveredOn: null,
      },
      {
        status: 'failed',
        party: 'responder',
        occurredAt: '2026-12-01T09:04:00.000Z',
        recordedAt: '2026-12-01T10:34:00.000Z',
        reason: 'unable_to_contact_client',
        deliveredOn: null,
      },
    ]);
  });

  it('is empty for no events', () => {
    expect(caseReferralHistoryOf([])).toEqual([]);
  });
});
