import type { AuditEntry } from '../chain/audit-entry';
import { complianceEventOf, type ComplianceEvent } from './compliance-event';
import { DEFAULT_RULE_SET } from './default-rule-set';
import json from './default-rules.json';
import { evaluateCase, type CaseEvaluationInput, type ComplianceClock } from './evaluate-case';
import type { Obligation } from './obligation';
import { parseRuleSet } from './parse-rule-set';
import type { RuleSet } from './rule-set';

const ZONE = 'America/New_York';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OCCURRED: ComplianceClock = { kind: 'occurred' };
const known = (on: string): ComplianceClock => ({ kind: 'known', on: new Date(on) });

let sequence = 0;
// An event of the case; recorded when it occurred unless given.
function event(
  type: string,
  data: Record<string, unknown>,
  occurredAt: string,
  recordedAt = occurredAt,
): ComplianceEvent {
  sequence += 1;
  return {
    eventId: `e-${String(sequence).padStart(4, '0')}`,
    type,
    data: { caseId: 'case-1', ...data },
    occurredAt: new Date(occurredAt),
    recordedAt: new Date(recordedAt),
    actor: { id: 'worker-1', role: 'case_manager' },
  };
}
const opened = (priority: string, at: string) => event('intake.CaseOpened.v1', { priority, programId: 'p-1' }, at);
const closed = (at: string) => event('intake.CaseClosed.v1', { outcome: 'goals_met' }, at);
const contact = (occurredAt: string, recordedAt = occurredAt, kind = 'home_visit') =>
  event('care-plan.ContactRecorded.v1', { kind, occurredAt }, occurredAt, recordedAt);
const approved = (planId: string, at: string) => event('care-plan.CarePlanApproved.v1', { planId }, at);
const reviewed = (planId: string, at: string) => event('care-plan.CarePlanReviewed.v1', { planId }, at);

function evaluate(
  events: readonly ComplianceEvent[],
  at: string,
  clock: ComplianceClock = OCCURRED,
  extra: Partial<CaseEvaluationInput> = {},
) {
  return evaluateCase({
    tenantId: 'tenant-1',
    programId: 'p-1',
    ruleSets: [DEFAULT_RULE_SET],
    events,
    timeZone: ZONE,
    clock,
    at: new Date(at),
    ...extra,
  });
}
const of = (obligations: readonly Obligation[], ruleId: string) => obligations.filter((o) => o.ruleId === ruleId);
const only = (obligations: readonly Obligation[], ruleId: string): Obligation => {
  const found = of(obligations, ruleId);
  expect(found).toHaveLength(1);
  return found[0] as Obligation;
};

// The default set without some of its rules.
const withoutRules = (...ruleIds: string[]): RuleSet =>
  parseRuleSet({ ...structuredClone(json), rules: json.rules.filter((rule) => !ruleIds.includes(rule.id)) });

describe('R1: first contact after the case is opened, by priority', () => {
  it('gives an emergency case opened on the evening before daylight saving starts 24 real hours', () => {
    // 2026-03-07 20:00 EST; the clocks go forward at 02:00 on the 8th.
    const { obligations } = evaluate([opened('emergency', '2026-03-08T01:00:00Z')], '2026-03-08T12:00:00Z');
    expect(only(obligations, 'R1')).toMatchObject({
      dueAt: new Date('2026-03-09T01:00:00Z'),
      status: 'pending',
      fine: null,
    });
  });

  it('counts an urgent case’s 5 days in the agency’s calendar across the change: 119 hours', () => {
    // Friday 2026-03-06 18:00 EST to Wednesday 2026-03-11 18:00 EDT.
    const open = opened('urgent', '2026-03-06T23:00:00Z');
    const visit = contact('2026-03-11T21:30:00Z');
    const r1 = only(evaluate([open, visit], '2026-03-20T00:00:00Z').obligations, 'R1');
    expect(r1.dueAt.getTime() - r1.aroseAt.getTime()).toBe(119 * HOUR);
    expect(r1).toMatchObject({ status: 'met', metAt: visit.occurredAt, metBy: visit.eventId, fine: null });
  });

  it('is met late, and fined, by a contact after the due time', () => {
    const visit = contact('2027-05-14T14:00:00Z');
    const r1 = only(
      evaluate([opened('urgent', '2027-05-08T14:00:00Z'), visit], '2027-06-01T00:00:00Z').obligations,
      'R1',
    );
    expect(r1).toMatchObject({ status: 'met_late', lateByMs: DAY, metBy: visit.eventId });
    expect(r1.fine).toEqual({ cents: 100_000, currency: 'USD' });
  });

  it('is not met by an attempt that reached nobody nor by a collateral contact', () => {
    const events = [
      opened('urgent', '2027-05-08T14:00:00Z'),
      contact('2027-05-09T14:00:00Z', undefined, 'attempted'),
      contact('2027-05-10T14:00:00Z', undefined, 'collateral'),
    ];
    expect(only(evaluate(events, '2027-05-14T14:00:00Z').obligations, 'R1')).toMatchObject({
      status: 'violated',
      overdueByMs: DAY,
      metBy: null,
    });
  });

  it('is cancelled by the case closing before it was due, and violated until the close after', () => {
    const early = closed('2027-05-10T14:00:00Z');
    const before = evaluate([opened('urgent', '2027-05-08T14:00:00Z'), early], '2027-06-01T00:00:00Z');
    expect(only(before.obligations, 'R1')).toMatchObject({ status: 'cancelled', endedBy: early.eventId, fine: null });
    const late = closed('2027-05-15T14:00:00Z');
    const after = evaluate([opened('urgent', '2027-05-08T14:00:00Z'), late], '2027-06-01T00:00:00Z');
    expect(only(after.obligations, 'R1')).toMatchObject({
      status: 'violated',
      overdueByMs: 2 * DAY,
      endedBy: late.eventId,
    });
  });

  it('counts 14 days from the 15th of February 2028 to the leap day', () => {
    const r1 = only(evaluate([opened('routine', '2028-02-15T15:00:00Z')], '2028-02-16T00:00:00Z').obligations, 'R1');
    expect(r1.dueAt).toEqual(new Date('2028-02-29T15:00:00Z'));
  });
});

describe('the two clocks: a contact made on day 9 and recorded on day 26', () => {
  // A routine case opened on 28 April is due a contact by 12 May, 10:00 local; the visit on 9 May went in on 26 May.
  const open = opened('routine', '2027-04-28T14:00:00Z');
  const visit = contact('2027-05-09T15:00:00Z', '2027-05-26T16:00:00Z');
  const events = [open, visit];

  it('meets the 14-day deadline as it occurred, and violates R6 by the days it went unrecorded', () => {
    const { obligations, fineCents } = evaluate(events, '2027-05-27T00:00:00Z');
    expect(only(obligations, 'R1')).toMatchObject({ status: 'met', metAt: visit.occurredAt, metBy: visit.eventId });
    expect(only(obligations, 'R6')).toMatchObject({
      status: 'met_late',
      arisenFrom: visit.eventId,
      actor: { id: 'worker-1', role: 'case_manager' },
      dueAt: new Date('2027-05-16T15:00:00Z'),
      metAt: visit.recordedAt,
      lateByMs: 10 * DAY + HOUR,
      fine: { cents: 10_000, currency: 'USD' },
    });
    expect(fineCents).toBe(10_000);
  });

  it('shows the case overdue as an auditor knew it on day 12, with nothing yet to judge for R6', () => {
    const { obligations, fineCents } = evaluate(events, '2027-05-12T22:00:00Z', known('2027-05-12T22:00:00Z'));
    expect(only(obligations, 'R1')).toMatchObject({ status: 'violated', overdueByMs: 8 * HOUR, metBy: null });
    expect(of(obligations, 'R6')).toEqual([]);
    expect(fineCents).toBe(100_000);
  });

  it('shows it pending as known before it was due, and met once the record is known', () => {
    expect(only(evaluate(events, '2027-05-10T00:00:00Z', known('2027-05-10T00:00:00Z')).obligations, 'R1').status).toBe(
      'pending',
    );
    const later = evaluate(events, '2027-05-27T00:00:00Z', known('2027-05-27T00:00:00Z')).obligations;
    expect(only(later, 'R1')).toMatchObject({ status: 'met', metAt: visit.occurredAt });
    expect(only(later, 'R6').status).toBe('met_late');
  });

  it('reads the back-dated time from the audit entry’s data, not from when the entry was decided', () => {
    const entry = {
      eventId: 'e-audit',
      publishedType: 'care-plan.ContactRecorded.v1',
      occurredAt: new Date('2027-05-26T16:00:00Z'),
      recordedAt: new Date('2027-05-26T16:00:01Z'),
      actor: { id: 'worker-1', role: 'case_manager' },
      event: { data: { kind: 'phone', occurredAt: '2027-05-09T15:00:00.000Z' } },
    } as unknown as AuditEntry;
    expect(complianceEventOf(entry)).toEqual({
      eventId: 'e-audit',
      type: 'care-plan.ContactRecorded.v1',
      data: { kind: 'phone', occurredAt: '2027-05-09T15:00:00.000Z' },
      occurredAt: new Date('2027-05-09T15:00:00Z'),
      recordedAt: new Date('2027-05-26T16:00:01Z'),
      actor: { id: 'worker-1', role: 'case_manager' },
    });
  });
});

describe('R2: a care plan approved within 30 days of the opening', () => {
  it('is met late by an approval on the 31st day, from the 1st of February to the 2nd of March 2028', () => {
    const approval = approved('plan-1', '2028-03-03T15:00:00Z');
    const r2 = only(
      evaluate([opened('routine', '2028-02-01T15:00:00Z'), approval], '2028-04-01T00:00:00Z').obligations,
      'R2',
    );
    expect(r2).toMatchObject({ dueAt: new Date('2028-03-02T15:00:00Z'), status: 'met_late', lateByMs: DAY });
    expect(r2.fine?.cents).toBe(50_000);
  });
});

describe('R3: a review within 90 days of the approval or of the previous review', () => {
  it('chains each review into the next obligation, for its own plan only', () => {
    const approval = approved('plan-1', '2027-01-10T15:00:00Z');
    const review = reviewed('plan-1', '2027-04-05T14:00:00Z');
    const otherPlan = reviewed('plan-2', '2027-06-01T14:00:00Z');
    const r3 = of(evaluate([approval, review, otherPlan], '2027-07-10T00:00:00Z').obligations, 'R3');
    expect(r3.map((o) => [o.concerns, o.arisenFrom, o.status, o.metBy])).toEqual([
      ['plan-1', approval.eventId, 'met', review.eventId],
      ['plan-1', review.eventId, 'violated', null],
      ['plan-2', otherPlan.eventId, 'pending', null],
    ]);
    expect(r3[1]?.dueAt).toEqual(new Date('2027-07-04T14:00:00Z'));
  });

  it('starts again at the approval of a new version, and ends when the case closes', () => {
    const first = approved('plan-1', '2027-01-10T15:00:00Z');
    const second = approved('plan-1', '2027-02-01T15:00:00Z');
    const close = closed('2027-03-01T15:00:00Z');
    const r3 = of(evaluate([first, second, close], '2027-07-10T00:00:00Z').obligations, 'R3');
    expect(r3.map((o) => [o.arisenFrom, o.status, o.endedBy])).toEqual([
      [first.eventId, 'cancelled', second.eventId],
      [second.eventId, 'cancelled', close.eventId],
    ]);
  });
});

describe('R4: a referral followed up within 30 days of the service’s completion', () => {
  it('correlates the follow-up with its own referral', () => {
    const completed = (referralId: string, at: string) =>
      event('referral.ReferralCompleted.v1', { referralId, deliveredOn: at.slice(0, 10) }, at);
    const followUp = event(
      'referral.ReferralFollowedUp.v1',
      { referralId: 'ref-1', result: 'met' },
      '2027-03-20T15:00:00Z',
    );
    const events = [completed('ref-1', '2027-03-01T15:00:00Z'), completed('ref-2', '2027-03-02T15:00:00Z'), followUp];
    const r4 = of(evaluate(events, '2027-04-10T00:00:00Z').obligations, 'R4');
    expect(r4.map((o) => [o.concerns, o.status, o.metBy])).toEqual([
      ['ref-1', 'met', followUp.eventId],
      ['ref-2', 'violated', null],
    ]);
    // 30 days from 2 March, 10:00 EST, is 1 April, 10:00 EDT.
    expect(r4[1]).toMatchObject({ dueAt: new Date('2027-04-01T14:00:00Z'), fine: { cents: 25_000, currency: 'USD' } });
  });
});

describe('R5: a contact in every month the case is open for the whole month', () => {
  it('judges only whole months, and counts a contact by the month it fell in locally', () => {
    const events = [
      opened('routine', '2028-01-20T15:00:00Z'),
      // 22:00 on 29 February in New York, already 1 March in UTC: February's contact.
      contact('2028-03-01T03:00:00Z'),
      contact('2028-04-10T15:00:00Z'),
      closed('2028-05-20T15:00:00Z'),
    ];
    const r5 = of(evaluate(events, '2028-06-15T00:00:00Z').obligations, 'R5');
    expect(r5.map((o) => [o.concerns, o.status])).toEqual([
      ['2028-02', 'met'],
      ['2028-03', 'violated'],
      ['2028-04', 'met'],
    ]);
    expect(r5[0]).toMatchObject({ aroseAt: new Date('2028-02-01T05:00:00Z'), dueAt: new Date('2028-03-01T05:00:00Z') });
    // March missed; the case closed on 20 May.
    expect(r5[1]?.overdueByMs).toBe(
      new Date('2028-05-20T15:00:00Z').getTime() - new Date('2028-04-01T04:00:00Z').getTime(),
    );
  });

  it('keeps the month in progress pending, and starts again when the case is reopened', () => {
    const events = [
      opened('routine', '2027-01-01T05:00:00Z'),
      closed('2027-01-10T15:00:00Z'),
      event('intake.CaseReopened.v1', { to: 'assessment' }, '2027-02-15T15:00:00Z'),
    ];
    const r5 = of(evaluate(events, '2027-04-10T00:00:00Z').obligations, 'R5');
    expect(r5.map((o) => [o.concerns, o.status])).toEqual([
      ['2027-03', 'violated'],
      ['2027-04', 'pending'],
    ]);
  });
});

describe('when time alone changes an evaluation (changesAt)', () => {
  it('is the instant after the first pending due time, when it comes before the next month', () => {
    // Opened 1 October 2026, routine: R1 falls due on the 15th, before November begins.
    const { changesAt } = evaluate([opened('routine', '2026-10-01T15:00:00Z')], '2026-10-05T00:00:00Z');
    expect(changesAt).toEqual(new Date(new Date('2026-10-15T15:00:00Z').getTime() + 1));
  });

  it('is the instant after the next month begins for an open case with nothing pending, in the agency’s zone', () => {
    // Every deadline met; the case stays open, so 1 November (04:00Z, still daylight time) brings R5's month.
    const events = [opened('routine', '2026-08-20T15:00:00Z'), contact('2026-08-21T15:00:00Z')];
    const evaluation = evaluate(events, '2026-10-31T12:00:00Z', OCCURRED, { ruleSets: [withoutRules('R2', 'R5')] });
    expect(evaluation.obligations.filter((o) => o.status === 'pending')).toEqual([]);
    expect(evaluation.changesAt).toEqual(null);
    // With R5, October's month is in progress and November's arises at midnight in New York: 04:00 UTC, before the
    // clocks go back that night.
    const withMonths = evaluate(events, '2026-10-31T12:00:00Z', OCCURRED, { ruleSets: [withoutRules('R2')] });
    expect(of(withMonths.obligations, 'R5').map((o) => [o.concerns, o.status])).toEqual([
      ['2026-09', 'violated'],
      ['2026-10', 'pending'],
    ]);
    expect(withMonths.changesAt).toEqual(new Date('2026-11-01T04:00:00.001Z'));
    // A month later, standard time: 1 December at 05:00 UTC; November's month has arisen and is pending.
    const november = evaluate(events, '2026-11-30T12:00:00Z', OCCURRED, { ruleSets: [withoutRules('R2')] });
    expect(
      only(
        november.obligations.filter((o) => o.concerns === '2026-11'),
        'R5',
      ).status,
    ).toBe('pending');
    expect(november.changesAt).toEqual(new Date('2026-12-01T05:00:00.001Z'));
  });

  it('is null for a closed case whose obligations are all decided', () => {
    const events = [opened('routine', '2026-08-20T15:00:00Z'), closed('2026-08-25T15:00:00Z')];
    expect(evaluate(events, '2026-10-01T00:00:00Z').changesAt).toBeNull();
  });

  it('is the occurrence of an event dated after the evaluation instant, which then comes into view', () => {
    const events = [opened('routine', '2026-08-20T15:00:00Z'), closed('2026-08-25T15:00:00Z')];
    expect(evaluate(events, '2026-08-22T00:00:00Z').changesAt).toEqual(new Date('2026-08-25T15:00:00Z'));
    // On the known clock, only what had been recorded by its date: the case is open, and September begins first.
    expect(evaluate(events, '2026-08-22T00:00:00Z', known('2026-08-22T00:00:00Z')).changesAt).toEqual(
      new Date('2026-09-01T04:00:00.001Z'),
    );
  });
});

describe('rule sets as data', () => {
  const tightened = (): RuleSet => {
    const next = structuredClone(json) as { rules: Array<Record<string, unknown>> } & Record<string, unknown>;
    next['version'] = 2;
    next['effectiveFrom'] = '2027-03-01';
    const r1 = next.rules[0] as Record<string, unknown>;
    r1['dueWithin'] = { field: 'priority', durations: { emergency: 'PT24H', urgent: 'P3D', routine: 'P10D' } };
    r1['fine'] = { cents: 150_000, currency: 'USD' };
    return parseRuleSet(next);
  };

  it('judges each obligation by the set in effect when it arose, and leaves earlier ones as they were', () => {
    const before = [opened('routine', '2027-02-27T15:00:00Z')];
    const withV1 = evaluate(before, '2027-04-01T00:00:00Z');
    const withBoth = evaluate(before, '2027-04-01T00:00:00Z', OCCURRED, { ruleSets: [tightened(), DEFAULT_RULE_SET] });
    // March's monthly contact arose under version 2; everything before it is as version 1 alone decided.
    const change = new Date('2027-03-01T05:00:00Z');
    const earlier = (obligations: readonly Obligation[]) => obligations.filter((o) => o.aroseAt < change);
    expect(earlier(withBoth.obligations)).toEqual(earlier(withV1.obligations));
    expect(earlier(withBoth.obligations).map((o) => o.ruleId)).toEqual(['R1', 'R2']);
    expect(only(withBoth.obligations, 'R5')).toMatchObject({ concerns: '2027-03', ruleSetVersion: 2 });
    expect(only(withBoth.obligations, 'R1')).toMatchObject({ ruleSetVersion: 1, fine: { cents: 100_000 } });

    const afterChange = [opened('routine', '2027-03-01T05:00:00Z')];
    const r1 = only(
      evaluate(afterChange, '2027-04-01T00:00:00Z', OCCURRED, { ruleSets: [DEFAULT_RULE_SET, tightened()] })
        .obligations,
      'R1',
    );
    expect(r1).toMatchObject({
      ruleSetVersion: 2,
      dueAt: new Date('2027-03-11T05:00:00Z'),
      status: 'violated',
      fine: { cents: 150_000, currency: 'USD' },
    });
  });

  it('takes a new rule of an existing kind as data only', () => {
    const withR7 = parseRuleSet({
      ...json,
      id: 'tenant-1-default',
      tenantId: 'tenant-1',
      rules: [
        ...json.rules,
        {
          id: 'R7',
          kind: 'deadline',
          description: 'A missed appointment followed up by the same time the next day',
          fine: { cents: 5_000, currency: 'USD' },
          arisesOn: [{ type: 'care-plan.AppointmentMissed.v1' }],
          dueWithin: 'PT24H',
          metBy: [{ type: 'care-plan.MissedAppointmentFollowedUp.v1' }],
          key: 'appointmentId',
        },
      ],
    });
    const missed = (appointmentId: string, at: string) =>
      event('care-plan.AppointmentMissed.v1', { appointmentId }, at);
    const followUp = event(
      'care-plan.MissedAppointmentFollowedUp.v1',
      { appointmentId: 'a-2' },
      '2027-05-03T15:00:00Z',
    );
    const events = [missed('a-1', '2027-05-01T15:00:00Z'), missed('a-2', '2027-05-03T14:00:00Z'), followUp];
    const sets = [DEFAULT_RULE_SET, withR7];
    const r7 = of(evaluate(events, '2027-05-10T00:00:00Z', OCCURRED, { ruleSets: sets }).obligations, 'R7');
    expect(r7.map((o) => [o.concerns, o.status, o.fine?.cents ?? null])).toEqual([
      ['a-1', 'violated', 5_000],
      ['a-2', 'met', null],
    ]);
    // Another tenant stays on the default set.
    expect(
      of(
        evaluate(events, '2027-05-10T00:00:00Z', OCCURRED, { ruleSets: sets, tenantId: 'tenant-2' }).obligations,
        'R7',
      ),
    ).toEqual([]);
  });

  it('prefers the program’s own set to the set for all programs', () => {
    const program = parseRuleSet({ ...json, id: 'p-2', programId: 'p-2', rules: [json.rules[1]] });
    const events = [opened('routine', '2027-05-01T15:00:00Z')];
    const sets = [DEFAULT_RULE_SET, program];
    const rules = (programId: string) =>
      evaluate(events, '2027-05-02T00:00:00Z', OCCURRED, { ruleSets: sets, programId }).obligations.map(
        (o) => o.ruleId,
      );
    expect(rules('p-2')).toEqual(['R2']);
    expect(rules('p-1')).toEqual(['R1', 'R2']);
  });

  it('judges nothing that arose before any set was in effect', () => {
    expect(evaluate([opened('routine', '2025-12-31T15:00:00Z')], '2026-01-01T04:00:00Z').obligations).toEqual([]);
  });
});

describe('evaluateCase', () => {
  it('answers the same whatever the order of the events', () => {
    const events = [
      opened('urgent', '2027-01-03T15:00:00Z'),
      contact('2027-01-05T15:00:00Z', '2027-01-20T15:00:00Z'),
      approved('plan-1', '2027-01-20T15:00:00Z'),
      contact('2027-02-11T15:00:00Z'),
      reviewed('plan-1', '2027-04-01T15:00:00Z'),
      closed('2027-05-01T15:00:00Z'),
    ];
    const forward = evaluate(events, '2027-06-01T00:00:00Z');
    expect(evaluate([...events].reverse(), '2027-06-01T00:00:00Z')).toEqual(forward);
    expect(forward.obligations.map((o) => [o.ruleId, o.concerns, o.status])).toEqual([
      ['R1', null, 'met'],
      ['R2', null, 'met'],
      ['R6', null, 'met_late'],
      ['R3', 'plan-1', 'met'],
      ['R5', '2027-02', 'met'],
      ['R6', null, 'met'],
      ['R5', '2027-03', 'violated'],
      ['R5', '2027-04', 'violated'],
      ['R3', 'plan-1', 'cancelled'],
    ]);
  });

  it('refuses a time zone that is not one', () => {
    expect(() => evaluate([], '2027-01-01T00:00:00Z', OCCURRED, { timeZone: 'Mars/Olympus' })).toThrow(
      'compliance: not an IANA time zone: Mars/Olympus',
    );
  });
});
