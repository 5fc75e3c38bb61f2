import type { SqlTransaction } from '@casemgmt/event-store';
import { publishedTypeOf, type EventHandler, type EventHandlers, type IncomingEvent } from '@casemgmt/messaging';
import { CARE_PLAN_CONTRACT } from '../care-plan.contract';
import { typedHandler } from '../case-view/case-view.handlers';
import { ATTEMPTED_CONTACT, type CaseworkEvent } from '../casework/casework.events';
import {
  ENDED_GOAL_STATUSES,
  ENDED_INTERVENTION_STATUSES,
  ENDED_PLAN_STATUSES,
  type PlanEvent,
} from '../plan/plan.events';
import { instantOf } from '@casemgmt/kernel';
import type { CarePlanSettings } from '../shared/program-settings';
import { dueByEndOf } from './worklist-deadlines';
import {
  addItem,
  noteApproval,
  renewItem,
  settleByContacts,
  settleItems,
  type CaseKey,
  type ContactMade,
} from './worklist-items';
import { dataOf } from '../case-view/intake-events';

type CarePlanEvent = PlanEvent | CaseworkEvent;
type DataOf<T extends CarePlanEvent['type']> = Extract<CarePlanEvent, { type: T }>['data'];
type Apply<T extends CarePlanEvent['type']> = (
  tx: SqlTransaction,
  event: IncomingEvent,
  data: DataOf<T>,
  key: CaseKey,
) => Promise<void>;

/** The handler of one of care plan's own events, keyed by its published type, with its data typed. */
function on<T extends CarePlanEvent['type']>(type: T, apply: Apply<T>): [string, EventHandler] {
  return [
    publishedTypeOf(CARE_PLAN_CONTRACT.service, type, 1),
    typedHandler<DataOf<T>>((tx, event, data) =>
      apply(tx, event, data, { tenantId: event.metadata.tenantId, caseId: data.caseId }),
    ),
  ];
}

const includes = <T extends string>(list: readonly T[], value: string): value is T => list.some((v) => v === value);

/**
 * The worklist's handlers of care plan's own plan and casework events, fed by a store subscription over care plan's
 * categories in both deployment shapes: its events are always in its own store.
 */
export function buildWorklistCarePlanHandlers(settings: CarePlanSettings): EventHandlers {
  // The next review after an approval or a review, in place of the one before.
  const nextReview = (
    tx: SqlTransaction,
    event: IncomingEvent,
    data: { readonly planId: string; readonly nextReviewDueBy: string },
    key: CaseKey,
  ) =>
    renewItem(tx, {
      ...key,
      kind: 'plan_review',
      ref: data.planId,
      planId: data.planId,
      dueAt: dueByEndOf(data.nextReviewDueBy, settings),
      raisedAt: event.occurredAt,
      streamVersion: event.streamVersion,
    });
  // An ended plan is reviewed no more and its interventions are not due.
  const planEnded = (tx: SqlTransaction, event: IncomingEvent, planId: string, key: CaseKey, by: string) =>
    settleItems(tx, key, { planId }, { state: 'removed', event: by, at: event.occurredAt });

  return Object.fromEntries([
    on('CarePlanApproved', async (tx, event, data, key) => {
      await noteApproval(tx, key, event.occurredAt);
      await settleItems(
        tx,
        key,
        { kind: 'plan_approval' },
        { state: 'satisfied', event: 'CarePlanApproved', at: event.occurredAt },
      );
      await nextReview(tx, event, data, key);
    }),
    on('CarePlanReviewed', (tx, event, data, key) => nextReview(tx, event, data, key)),
    on('CarePlanStatusChanged', async (tx, event, data, key) => {
      if (includes(ENDED_PLAN_STATUSES, data.to)) await planEnded(tx, event, data.planId, key, 'CarePlanStatusChanged');
    }),
    on('CarePlanSuperseded', (tx, event, data, key) => planEnded(tx, event, data.planId, key, 'CarePlanSuperseded')),
    on('InterventionAdded', (tx, event, data, key) =>
      addItem(tx, {
        ...key,
        kind: 'intervention_due',
        ref: data.interventionId,
        planId: data.planId,
        goalId: data.goalId,
        dueAt: dueByEndOf(data.dueDate, settings),
        raisedAt: event.occurredAt,
        streamVersion: event.streamVersion,
      }),
    ),
    on('InterventionStatusChanged', async (tx, event, data, key) => {
      if (!includes(ENDED_INTERVENTION_STATUSES, data.to)) return;
      await settleItems(
        tx,
        key,
        { kind: 'intervention_due', ref: data.interventionId },
        {
          state: data.to === 'completed' ? 'satisfied' : 'removed',
          event: 'InterventionStatusChanged',
          at: event.occurredAt,
        },
      );
    }),
    on('GoalLifecycleChanged', async (tx, event, data, key) => {
      if (!includes(ENDED_GOAL_STATUSES, data.to)) return;
      await settleItems(
        tx,
        key,
        { kind: 'intervention_due', goalId: data.goalId },
        { state: 'removed', event: 'GoalLifecycleChanged', at: event.occurredAt },
      );
    }),
    contactRecorded(),
    on('AppointmentMissed', (tx, event, data, key) =>
      addItem(tx, {
        ...key,
        kind: 'missed_appointment_follow_up',
        ref: data.appointmentId,
        // The decider sets it from the agency's calendar; should it ever not read as an instant, it is due at once.
        dueAt: instantOf(data.followUpDueBy) ?? event.occurredAt,
        raisedAt: event.occurredAt,
        streamVersion: event.streamVersion,
      }),
    ),
    on('MissedAppointmentFollowedUp', (tx, event, data, key) =>
      settleItems(
        tx,
        key,
        { kind: 'missed_appointment_follow_up', ref: data.appointmentId },
        {
          state: 'satisfied',
          event: 'MissedAppointmentFollowedUp',
          at: instantOf(data.followedUpAt) ?? event.occurredAt,
        },
      ),
    ),
  ]);
}

/**
 * A contact that reached someone settles the case's first contact and the safety follow-ups raised before it; a run
 * of contacts (a rebuild, a busy day) is taken in one go.
 */
function contactRecorded(): [string, EventHandler] {
  const made = (events: readonly IncomingEvent[]): ContactMade[] =>
    events.flatMap((event) => {
      const data = dataOf<DataOf<'ContactRecorded'>>(event);
      if (data.kind === ATTEMPTED_CONTACT) return [];
      const occurredAt = instantOf(data.occurredAt) ?? event.occurredAt;
      return [{ tenantId: event.metadata.tenantId, caseId: data.caseId, occurredAt }];
    });
  const one: EventHandler = (event, tx) => settleByContacts(tx, made([event]));
  return [
    publishedTypeOf(CARE_PLAN_CONTRACT.service, 'ContactRecorded', 1),
    Object.assign(one, {
      many: (events: readonly IncomingEvent[], tx: SqlTransaction) => settleByContacts(tx, made(events)),
    }),
  ];
}
