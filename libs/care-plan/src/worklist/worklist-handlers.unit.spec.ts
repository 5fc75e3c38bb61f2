import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandler, IncomingEvent } from '@casemgmt/messaging';
import { CARE_PLAN_CONTRACT } from '../care-plan.contract';
import { buildCaseViewHandlers } from '../case-view/case-view.handlers';
import { INTAKE_EVENTS } from '../case-view/intake-events';
import type { CarePlanSettings } from '../shared/program-settings';
import { buildWorklistCarePlanHandlers } from './worklist-care-plan.handlers';
import { buildWorklistCaseHandlers, withWorklist } from './worklist-case.handlers';
import { followsReferrals, REFERRAL_EVENTS, referralTypesMissingFrom } from './referral-events';
import { buildWorklistReferralHandlers } from './worklist-referral.handlers';

const SETTINGS: CarePlanSettings = { timeZone: 'America/Los_Angeles', programs: {} };
const published = new Set(CARE_PLAN_CONTRACT.events.map((event) => `care-plan.${event.type}.v${event.version}`));

describe('the worklist’s handlers', () => {
  it('follows care plan’s own plan and casework events by the types its contract publishes', () => {
    const types = Object.keys(buildWorklistCarePlanHandlers(SETTINGS));
    expect(types).toHaveLength(10);
    for (const type of types) expect(published.has(type)).toBe(true);
  });

  it('follows only intake events the case view reads, so one consumer serves both', () => {
    const caseView = Object.keys(buildCaseViewHandlers());
    expect(Object.keys(buildWorklistCaseHandlers(SETTINGS)).sort()).toEqual(
      [INTAKE_EVENTS.caseClosed, INTAKE_EVENTS.caseOpened, INTAKE_EVENTS.safetyFlagRaised].sort(),
    );
    expect(Object.keys(withWorklist(buildCaseViewHandlers(), SETTINGS)).sort()).toEqual(caseView.sort());
  });

  it('follows the referral events it declares, required only when referral’s contract is given', () => {
    expect(Object.keys(buildWorklistReferralHandlers(SETTINGS)).sort()).toEqual(Object.values(REFERRAL_EVENTS).sort());
    const referral = (types: readonly string[]) => ({
      service: 'referral',
      description: 'Referrals',
      categories: ['referral.referral'],
      events: types.map((type) => ({ type, version: 1, summary: type, sealed: [], schema: {} })),
    });
    expect(followsReferrals([CARE_PLAN_CONTRACT])).toBe(false);
    expect(referralTypesMissingFrom([CARE_PLAN_CONTRACT])).toEqual([]);
    const all = Object.values(REFERRAL_EVENTS).map((type) => type.split('.')[1] ?? '');
    expect(followsReferrals([referral(all)])).toBe(true);
    expect(referralTypesMissingFrom([referral(all)])).toEqual([]);
    expect(referralTypesMissingFrom([referral(all.filter((type) => type !== 'ReferralCompleted'))])).toEqual([
      REFERRAL_EVENTS.referralCompleted,
    ]);
  });

  it('changes the case’s row first and its worklist after, in the same transaction', async () => {
    const statements: string[] = [];
    const tx: SqlTransaction = {
      query: async <Row extends Record<string, unknown>>(text: string) => {
        statements.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
        return { rows: [] as Row[], rowCount: 0 };
      },
    };
    const closed: IncomingEvent = {
      type: INTAKE_EVENTS.caseClosed,
      eventId: 'e-1',
      service: 'intake',
      source: '/casemgmt/intake',
      streamId: 'intake.case-c-1',
      streamVersion: 7,
      globalPosition: 7n,
      occurredAt: new Date('2026-03-08T10:00:00Z'),
      recordedAt: new Date('2026-03-08T10:00:00Z'),
      data: { caseId: 'c-1' },
      metadata: { tenantId: 't-1', actor: { id: 'sup-1', role: 'supervisor' }, correlationId: 'x' },
      origin: { kind: 'store', subscriptionId: 's', logPosition: { commit: 1n, prepare: 7n } },
    };
    const handler = withWorklist(buildCaseViewHandlers(), SETTINGS)[INTAKE_EVENTS.caseClosed] as EventHandler;
    await handler(closed, tx);
    expect(statements).toEqual(['UPDATE care_plan.cases SET', 'UPDATE care_plan.worklist_items SET']);
  });
});
