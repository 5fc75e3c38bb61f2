import {
  PARTNER_STATUSES,
  afterMove,
  historyText,
  recordedLate,
  localDate,
  movesFrom,
  shownStatus,
  withPage,
  type PartnerHistoryEntry,
  type PartnerReferral,
} from './partner-referrals';

const referral = (referralId: string, status: string, updatedAt: string): PartnerReferral => ({
  referralId,
  status,
  updatedAt,
  need: 'housing',
  serviceId: '0190d1c8-0000-7000-8000-0000000000a1',
  locationId: '0190d1c8-0000-7000-8000-0000000000b1',
  listingVersion: 1,
  requestedAt: '2026-12-01T09:00:00.000Z',
  answerDueAt: null,
  reason: null,
  deliveredOn: null,
  disclosure: {
    consentId: null,
    consentRevokedAt: null,
    purpose: 'referral',
    fields: ['name'],
    values: { name: 'A. Client' },
    redisclosureNotice: 'notice',
  },
});

describe('movesFrom', () => {
  it('offers accept and reject only to a referral waiting for an answer', () => {
    expect(movesFrom('requested')).toEqual(['accept', 'reject']);
  });

  it('offers start, complete, hold and fail once accepted', () => {
    expect(movesFrom('accepted')).toEqual(['start', 'complete', 'hold', 'fail']);
  });

  it('offers complete, hold and fail while in progress, but not start again', () => {
    expect(movesFrom('in-progress')).toEqual(['complete', 'hold', 'fail']);
  });

  it('offers start (resume) and fail on hold, but not complete', () => {
    expect(movesFrom('on-hold')).toEqual(['start', 'fail']);
  });

  it('offers nothing once the referral has ended, whoever ended it', () => {
    for (const status of ['completed', 'rejected', 'failed', 'cancelled', 'entered-in-error']) {
      expect({ status, moves: movesFrom(status) }).toEqual({ status, moves: [] });
    }
  });

  it('knows every status a partner can filter by', () => {
    expect(PARTNER_STATUSES.map((status) => status.value)).toHaveLength(9);
    expect(PARTNER_STATUSES.map((status) => status.value)).not.toContain('draft');
  });
});

describe('shownStatus and afterMove', () => {
  const requested = referral('r1', 'requested', '2026-12-04T10:00:00.000Z');

  it('shows the move just made while the inbox still has the referral as it was', () => {
    expect(shownStatus(requested, afterMove(requested, undefined, 'accepted'))).toBe('accepted');
  });

  it('shows what the inbox says once it has caught up with the move', () => {
    const pending = afterMove(requested, undefined, 'accepted');
    const caughtUp = referral('r1', 'accepted', '2026-12-04T10:00:05.000Z');
    expect(shownStatus(caughtUp, pending)).toBe('accepted');
    expect(shownStatus(referral('r1', 'cancelled', '2026-12-04T10:00:05.000Z'), pending)).toBe('cancelled');
  });

  it('keeps showing the last of two quick moves while the inbox has caught up only with the first', () => {
    const accepted = afterMove(requested, undefined, 'accepted');
    const started = afterMove(requested, accepted, 'in-progress');
    expect(started).toEqual({ to: 'in-progress', seenAt: requested.updatedAt, via: ['accepted'] });
    expect(shownStatus(requested, started)).toBe('in-progress');
    expect(shownStatus(referral('r1', 'accepted', '2026-12-04T10:00:05.000Z'), started)).toBe('in-progress');
    expect(shownStatus(referral('r1', 'in-progress', '2026-12-04T10:00:06.000Z'), started)).toBe('in-progress');
  });

  it('starts afresh from the inbox’s referral once it has caught up', () => {
    const caughtUp = referral('r1', 'accepted', '2026-12-04T10:00:05.000Z');
    const pending = afterMove(caughtUp, { to: 'accepted', seenAt: requested.updatedAt, via: [] }, 'in-progress');
    expect(pending).toEqual({ to: 'in-progress', seenAt: caughtUp.updatedAt, via: [] });
  });

  it('shows the inbox’s status when no move is pending', () => {
    expect(shownStatus(requested, undefined)).toBe('requested');
  });
});

describe('withPage', () => {
  it('appends a further page after what is shown', () => {
    const a = referral('a', 'requested', '2026-12-04T10:00:00.000Z');
    const b = referral('b', 'requested', '2026-12-04T10:01:00.000Z');
    expect(withPage([a], [b])).toEqual([a, b]);
  });

  it('moves a referral that changed since the earlier page to where the newer page has it, once', () => {
    const a = referral('a', 'requested', '2026-12-04T10:00:00.000Z');
    const b = referral('b', 'requested', '2026-12-04T10:01:00.000Z');
    const aAccepted = referral('a', 'accepted', '2026-12-04T10:02:00.000Z');
    expect(withPage([a, b], [aAccepted])).toEqual([b, aAccepted]);
  });
});

describe('localDate', () => {
  it('writes the person’s calendar date, not the UTC one', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('historyText and recordedLate', () => {
  const entry = (change: Partial<PartnerHistoryEntry>): PartnerHistoryEntry => ({
    status: 'accepted',
    party: 'responder',
    occurredAt: '2026-12-04T10:00:00.000Z',
    recordedAt: '2026-12-04T10:00:00.200Z',
    reason: null,
    deliveredOn: null,
    ...change,
  });

  it('names the move, the side that made it, and a reason or a delivery date', () => {
    expect(historyText(entry({ status: 'requested', party: 'requester' }))).toBe('sent by the agency');
    expect(historyText(entry({ status: 'on-hold' }))).toBe('put on hold by your organisation');
    expect(historyText(entry({ status: 'rejected', reason: 'lack_of_capacity' }))).toBe(
      'rejected by your organisation (lack of capacity)',
    );
    expect(historyText(entry({ status: 'completed', deliveredOn: '2026-12-02' }))).toBe(
      'completed by your organisation, delivered on 2026-12-02',
    );
    expect(historyText(entry({ status: 'in-progress' }))).toBe('started by your organisation');
    expect(historyText(entry({ status: 'cancelled', party: 'requester' }))).toBe('cancelled by the agency');
  });

  it('tells a move recorded minutes after it happened from one recorded at once', () => {
    expect(recordedLate(entry({}))).toBe(false);
    expect(recordedLate(entry({ recordedAt: '2026-12-04T10:05:00.000Z' }))).toBe(true);
  });
});
