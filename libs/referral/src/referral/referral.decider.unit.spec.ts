import type { CommandMetadata } from '@casemgmt/decider';
import { given, refusal } from '@casemgmt/testing';
import {
  REFERRAL_STATUSES,
  REFERRAL_TRANSITIONS,
  referralDecider,
  type ReferralCaseScope,
  type ReferralCommand,
  type ReferralEvent,
  type ReferralStatus,
} from './referral.decider';

const referralId = '0190f3a0-0000-7000-8000-0000000000f1';
const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const now = new Date('2026-03-02T17:30:00.000Z');

function as(roles: string[], id: string, extra: { teamId?: string; organizationId?: string } = {}): CommandMetadata {
  return { tenantId: 'county-a', actor: { id, role: roles[0] ?? 'none', roles, ...extra }, correlationId: 'c', now };
}
const caseManager = as(['case_manager'], 'cm-1');
const supervisor = as(['supervisor'], 'sup-1', { teamId: 'team-north' });
const otherCaseManager = as(['case_manager'], 'cm-2');
const auditor = as(['auditor'], 'aud-1');
const partner = as(['provider_partner'], 'pp-1', { organizationId: 'org-harbor' });
const otherPartner = as(['provider_partner'], 'pp-9', { organizationId: 'org-elsewhere' });

const openCase: ReferralCaseScope = {
  caseId,
  program: 'adult-services',
  status: 'services',
  teamId: 'team-north',
  caseManagerId: 'cm-1',
  needs: ['housing', 'mental_health'],
};
const target = { organizationId: 'org-harbor', serviceId: 'svc-1', locationId: 'loc-1', listingVersion: 4 };
const consent = {
  consentId: 'consent-1',
  informationCategories: ['demographics', 'housing'],
  purposes: ['referral', 'care_coordination'],
};

const drafted: ReferralEvent = {
  type: 'ReferralDrafted',
  data: {
    referralId,
    caseId,
    program: 'adult-services',
    need: 'housing',
    goalId: null,
    target,
    warnings: [],
    by: 'cm-1',
  },
};
const on = { referralId, caseId };
const requested: ReferralEvent[] = [
  drafted,
  { type: 'ReferralRequested', data: { ...on, answerDueAt: '2026-12-09T05:00:00.000Z', by: 'cm-1' } },
  {
    type: 'ReferralDisclosed',
    data: {
      ...on,
      recipientOrganizationId: 'org-harbor',
      consentId: 'consent-1',
      purpose: 'referral',
      informationCategories: ['demographics'],
      fields: ['name'],
      redisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
      by: 'cm-1',
      personal: { values: { name: 'Ana Rivera' } },
    },
  },
];
const moved = (from: ReferralStatus, to: 'accepted' | 'in-progress' | 'on-hold'): ReferralEvent => ({
  type: 'ReferralStatusChanged',
  data: { ...on, from, to, party: 'responder', by: 'pp-1' },
});

/** The events that bring a referral to the status. */
function historyTo(status: ReferralStatus): ReferralEvent[] {
  const accepted = [...requested, moved('requested', 'accepted')];
  const inProgress = [...accepted, moved('accepted', 'in-progress')];
  const closedBy = (event: ReferralEvent) => [...inProgress, event];
  switch (status) {
    case 'draft':
      return [drafted];
    case 'requested':
      return requested;
    case 'accepted':
      return accepted;
    case 'in-progress':
      return inProgress;
    case 'on-hold':
      return [...inProgress, moved('in-progress', 'on-hold')];
    case 'rejected':
      return [
        ...requested,
        { type: 'ReferralRejected', data: { ...on, from: 'requested', reason: 'not_eligible', by: 'pp-1' } },
      ];
    case 'failed':
      return closedBy({
        type: 'ReferralFailed',
        data: { ...on, from: 'in-progress', reason: 'unable_to_contact_client', by: 'pp-1' },
      });
    case 'completed':
      return closedBy({
        type: 'ReferralCompleted',
        data: {
          ...on,
          from: 'in-progress',
          deliveredOn: '2026-03-01',
          followUpDueOn: '2026-03-31',
          by: 'pp-1',
          personal: { outcome: 'Housed' },
        },
      });
    case 'cancelled':
      return [
        ...requested,
        {
          type: 'ReferralStatusChanged',
          data: { ...on, from: 'requested', to: 'cancelled', party: 'requester', by: 'cm-1' },
        },
      ];
    case 'entered-in-error':
      return [
        ...requested,
        {
          type: 'ReferralStatusChanged',
          data: {
            ...on,
            from: 'requested',
            to: 'entered-in-error',
            party: 'requester',
            by: 'cm-1',
            personal: { note: 'Wrong client' },
          },
        },
      ];
    default: {
      const unknown: never = status;
      throw new Error(String(unknown));
    }
  }
}

/** The command of each move, as its party sends it. */
const commandOf: Readonly<Record<keyof typeof REFERRAL_TRANSITIONS, ReferralCommand>> = {
  send: {
    type: 'SendReferral',
    data: {
      referralId,
      case: openCase,
      fields: ['name', 'phone', 'housingNeed'],
      purpose: 'referral',
      answerDueAt: '2026-12-09T05:00:00.000Z',
      values: { name: 'Ana Rivera', phone: '555-0100', housingNeed: 'identified', mentalHealthNeed: 'identified' },
      consent,
    },
    metadata: caseManager,
  },
  cancel: { type: 'CancelReferral', data: { referralId, case: openCase }, metadata: caseManager },
  enteredInError: {
    type: 'MarkReferralEnteredInError',
    data: { referralId, case: openCase, note: 'Opened on the wrong case' },
    metadata: caseManager,
  },
  accept: { type: 'AcceptReferral', data: { referralId }, metadata: partner },
  reject: { type: 'RejectReferral', data: { referralId, reason: 'lack_of_capacity' }, metadata: partner },
  start: { type: 'StartReferral', data: { referralId }, metadata: partner },
  hold: { type: 'HoldReferral', data: { referralId }, metadata: partner },
  fail: { type: 'FailReferral', data: { referralId, reason: 'client_refused_services' }, metadata: partner },
  complete: {
    type: 'CompleteReferral',
    data: { referralId, deliveredOn: '2026-03-02', outcome: 'Placed in transitional housing', today: '2026-03-02' },
    metadata: partner,
  },
};

const when = (past: readonly ReferralEvent[], command: ReferralCommand) => given(referralDecider, past).when(command);

describe('Referral decider', () => {
  describe('the table of transitions', () => {
    for (const [move, rule] of Object.entries(REFERRAL_TRANSITIONS)) {
      for (const status of REFERRAL_STATUSES) {
        const allowed = (rule.from as readonly string[]).includes(status);
        it(`${allowed ? 'lets' : 'refuses'} the ${rule.party} ${move} a referral that is ${status}`, () => {
          const command = commandOf[move as keyof typeof REFERRAL_TRANSITIONS];
          const past = historyTo(status);
          if (allowed) {
            const state = given(referralDecider, [...past, ...when(past, command)]).state;
            expect(state.exists && state.status).toBe(rule.to);
          } else if (status !== rule.to) {
            expect(refusal(() => when(past, command))).toMatchObject({
              code: 'REFERRAL.TRANSITION_NOT_ALLOWED',
              kind: 'conflict',
              details: { from: status, to: rule.to, rule: expect.stringContaining(rule.party) },
            });
          } else {
            // Asking for the status the referral is in changes nothing.
            expect(when(past, command)).toEqual([]);
          }
        });
      }
    }
  });

  describe('drafting', () => {
    const draft = (
      overrides: object = {},
      metadata: CommandMetadata = caseManager,
      scope: ReferralCaseScope | null = openCase,
    ) =>
      ({
        type: 'DraftReferral',
        data: {
          referralId,
          caseId,
          case: scope,
          need: 'housing',
          target,
          listing: { found: true, defunct: false, warnings: [] },
          ...overrides,
        },
        metadata,
      }) as ReferralCommand;

    it('pins the directory listing the worker saw, and warns of a closed service or no capacity without refusing', () => {
      expect(when([], draft())).toEqual([drafted]);
      const [warned] = when(
        [],
        draft({
          listing: { found: true, defunct: false, warnings: ['service_temporarily_closed', 'no_capacity_free'] },
        }),
      );
      expect(warned).toMatchObject({
        data: { warnings: ['service_temporarily_closed', 'no_capacity_free'], target: { listingVersion: 4 } },
      });
    });

    it('refuses an unknown or defunct service, a need the case does not have, and a case not open', () => {
      expect(refusal(() => when([], draft({ listing: { found: false, defunct: false, warnings: [] } })))?.code).toBe(
        'REFERRAL.SERVICE_UNKNOWN',
      );
      expect(refusal(() => when([], draft({ listing: { found: true, defunct: true, warnings: [] } })))?.code).toBe(
        'REFERRAL.SERVICE_DEFUNCT',
      );
      expect(refusal(() => when([], draft({ need: 'legal' })))).toMatchObject({
        code: 'REFERRAL.NEED_NOT_ON_CASE',
        kind: 'unprocessable',
      });
      expect(refusal(() => when([], draft({}, caseManager, { ...openCase, status: 'closed' })))).toMatchObject({
        code: 'REFERRAL.CASE_NOT_OPEN',
        kind: 'conflict',
      });
    });

    it('lets the case manager and the team’s supervisor draft; others of the agency read 404, auditors 403', () => {
      expect(when([], draft({}, supervisor))).toHaveLength(1);
      expect(refusal(() => when([], draft({}, otherCaseManager)))?.code).toBe('REFERRAL.CASE_NOT_FOUND');
      expect(refusal(() => when([], draft({}, as(['supervisor'], 'sup-9', { teamId: 'team-south' }))))?.code).toBe(
        'REFERRAL.CASE_NOT_FOUND',
      );
      expect(refusal(() => when([], draft({}, auditor)))).toMatchObject({
        code: 'REFERRAL.WRITE_FORBIDDEN',
        kind: 'forbidden',
      });
      expect(refusal(() => when([], draft({}, caseManager, null)))?.code).toBe('REFERRAL.CASE_NOT_FOUND');
    });
  });

  describe('sending: consent checked at the moment of disclosure', () => {
    const send = (data: object) =>
      ({ ...commandOf.send, data: { ...commandOf.send.data, ...data } }) as ReferralCommand;

    it('discloses only the fields the consent in force covers, to the recipient, with the §2.32 notice', () => {
      const events = when([drafted], commandOf.send);
      expect(events.map((event) => event.type)).toEqual(['ReferralRequested', 'ReferralDisclosed']);
      expect(events[1]).toMatchObject({
        data: {
          recipientOrganizationId: 'org-harbor',
          consentId: 'consent-1',
          purpose: 'referral',
          fields: ['name', 'phone', 'housingNeed'],
          informationCategories: ['demographics', 'housing'],
          redisclosureNotice: expect.stringContaining('42 CFR part 2'),
        },
      });
      expect(events[1]).toMatchObject({
        data: { personal: { values: { name: 'Ana Rivera', phone: '555-0100', housingNeed: 'identified' } } },
      });
      const narrower = when([drafted], send({ fields: ['name', 'mentalHealthNeed', 'substanceUseNeed'] }));
      expect(narrower[1]).toMatchObject({ data: { fields: ['name'], informationCategories: ['demographics'] } });
      // The value of a field the consent does not cover never enters the event, sealed or not.
      expect(narrower[1]).toMatchObject({ data: { personal: { values: { name: 'Ana Rivera' } } } });
      expect(JSON.stringify(narrower[1])).not.toContain('mentalHealthNeed":"identified');
    });

    it('refuses without a consent in force, for another purpose, or when it covers none of the fields', () => {
      expect(refusal(() => when([drafted], send({ consent: null })))).toMatchObject({
        code: 'REFERRAL.NO_CONSENT_IN_FORCE',
        kind: 'conflict',
        details: { rule: expect.stringContaining('§2.31') },
      });
      expect(refusal(() => when([drafted], send({ purpose: 'payment' })))?.code).toBe('REFERRAL.NO_CONSENT_IN_FORCE');
      expect(refusal(() => when([drafted], send({ fields: ['mentalHealthNeed'] })))?.code).toBe(
        'REFERRAL.NOTHING_TO_DISCLOSE',
      );
      expect(refusal(() => when([drafted], send({ fields: ['ssn'] })))?.code).toBe('REFERRAL.INVALID');
      expect(refusal(() => when([drafted], send({ case: { ...openCase, status: 'closed' } })))?.code).toBe(
        'REFERRAL.CASE_NOT_OPEN',
      );
    });

    it('shares everything asked under a consent to all records', () => {
      const events = when(
        [drafted],
        send({ consent: { ...consent, informationCategories: ['all_records'] }, fields: ['substanceUseNeed'] }),
      );
      expect(events[1]).toMatchObject({
        data: { fields: ['substanceUseNeed'], informationCategories: ['substance_use_disorder'] },
      });
    });
  });

  describe('the receiving organisation', () => {
    it('answers 404 to another organisation’s partner and to the agency’s staff, for every responder move', () => {
      for (const move of ['accept', 'reject', 'start', 'hold', 'fail', 'complete'] as const) {
        for (const outsider of [otherPartner, caseManager, supervisor]) {
          expect(
            refusal(() => when(requested, { ...commandOf[move], metadata: outsider } as ReferralCommand)),
          ).toMatchObject({
            code: 'REFERRAL.NOT_FOUND',
            kind: 'not_found',
          });
        }
      }
    });

    it('needs the text of an other reason, and a delivery date not in the future', () => {
      expect(
        refusal(() =>
          when(requested, { ...commandOf.reject, data: { referralId, reason: 'other' } } as ReferralCommand),
        )?.code,
      ).toBe('REFERRAL.INVALID');
      const [rejected] = when(requested, {
        ...commandOf.reject,
        data: { referralId, reason: 'other', note: 'Closed for renovation' },
      } as ReferralCommand);
      expect(rejected).toMatchObject({
        type: 'ReferralRejected',
        data: { reason: 'other', personal: { note: 'Closed for renovation' } },
      });
      const inProgress = historyTo('in-progress');
      const complete = (deliveredOn: string) =>
        ({ ...commandOf.complete, data: { ...commandOf.complete.data, deliveredOn } }) as ReferralCommand;
      expect(refusal(() => when(inProgress, complete('2026-03-03')))?.code).toBe('REFERRAL.INVALID');
      expect(refusal(() => when(inProgress, complete('March 1')))?.code).toBe('REFERRAL.INVALID');
    });

    it('puts the follow-up 30 days after the day of completion, whenever the service was delivered', () => {
      const [completed] = when(historyTo('in-progress'), {
        ...commandOf.complete,
        data: { referralId, deliveredOn: '2026-01-20', outcome: 'Placed', today: '2026-02-10' },
      } as ReferralCommand);
      expect(completed).toMatchObject({ data: { deliveredOn: '2026-01-20', followUpDueOn: '2026-03-12' } });
    });
  });

  describe('a revoked consent', () => {
    const revoked = (consentId: string) =>
      ({
        type: 'NoteConsentRevoked',
        data: { referralId, consentId, revokedAt: '2026-03-03T15:00:00.000Z' },
        metadata: caseManager,
      }) as ReferralCommand;

    it('is noted once on a referral disclosed under it, for its partner, without recalling the disclosure', () => {
      const events = when(historyTo('accepted'), revoked('consent-1'));
      expect(events).toEqual([
        {
          type: 'ReferralConsentRevoked',
          data: {
            ...on,
            recipientOrganizationId: 'org-harbor',
            consentId: 'consent-1',
            revokedAt: '2026-03-03T15:00:00.000Z',
            by: 'cm-1',
          },
        },
      ]);
      const state = [...historyTo('accepted'), ...events].reduce(
        referralDecider.evolve,
        referralDecider.initialState(),
      );
      expect(state).toMatchObject({
        status: 'accepted',
        disclosures: [{ consentId: 'consent-1', fields: ['name'], consentRevokedAt: '2026-03-03T15:00:00.000Z' }],
      });
      expect(when([...historyTo('accepted'), ...events], revoked('consent-1'))).toEqual([]);
    });

    it('changes nothing on a referral not disclosed under it, or not yet sent', () => {
      expect(when(historyTo('accepted'), revoked('consent-2'))).toEqual([]);
      expect(when([drafted], revoked('consent-1'))).toEqual([]);
      expect(when([], revoked('consent-1'))).toEqual([]);
    });
  });

  describe('follow-up', () => {
    const followUp = {
      type: 'FollowUpReferral',
      data: { referralId, case: openCase, result: 'need_met' },
      metadata: caseManager,
    } as ReferralCommand;

    it('records whether the service helped, once, after completion only', () => {
      const completed = historyTo('completed');
      const events = when(completed, followUp);
      expect(events).toEqual([{ type: 'ReferralFollowedUp', data: { ...on, result: 'need_met', by: 'cm-1' } }]);
      expect(refusal(() => when([...completed, ...events], followUp))?.code).toBe('REFERRAL.ALREADY_FOLLOWED_UP');
      expect(refusal(() => when(historyTo('in-progress'), followUp))?.code).toBe('REFERRAL.TRANSITION_NOT_ALLOWED');
    });
  });

  it('records the role that allowed the change', () => {
    expect(referralDecider.grantingRole?.(commandOf.cancel, given(referralDecider, requested).state)).toBe(
      'case_manager',
    );
    expect(referralDecider.grantingRole?.(commandOf.accept, given(referralDecider, requested).state)).toBe(
      'provider_partner',
    );
  });
});
