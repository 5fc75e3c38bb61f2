import type { EventHandler, EventHandlers } from '@casemgmt/messaging';
import { typedHandler } from '../case-view/case-view.handlers';
import {
  INTAKE_EVENTS,
  type CaseClosedV1,
  type CaseOpenedV1,
  type SafetyFlagRaisedV1,
} from '../case-view/intake-events';
import { instantOf } from '@casemgmt/kernel';
import type { CarePlanSettings } from '../shared/program-settings';
import { firstContactDueAt, planApprovalDueAt } from './worklist-deadlines';
import { addItem, caseFactsOf, settleItems } from './worklist-items';

/** The worklist's handlers of intake's events: the items a case starts with, a safety flag's, and the closing. */
export function buildWorklistCaseHandlers(settings: CarePlanSettings): EventHandlers {
  return {
    [INTAKE_EVENTS.caseOpened]: typedHandler<CaseOpenedV1>(async (tx, event, data) => {
      const key = { tenantId: event.metadata.tenantId, caseId: data.caseId };
      const openedAt = event.occurredAt;
      const facts = await caseFactsOf(tx, key);
      const item = { ...key, ref: '', raisedAt: openedAt, streamVersion: event.streamVersion };
      await addItem(tx, {
        ...item,
        kind: 'first_contact',
        dueAt: firstContactDueAt(openedAt, data.priority, data.programId, settings),
        ...(facts.lastContactAt ? { satisfiedBy: { event: 'ContactRecorded', at: facts.lastContactAt } } : {}),
      });
      await addItem(tx, {
        ...item,
        kind: 'plan_approval',
        dueAt: planApprovalDueAt(openedAt, data.programId, settings),
        ...(facts.planApprovedAt ? { satisfiedBy: { event: 'CarePlanApproved', at: facts.planApprovedAt } } : {}),
      });
    }),
    [INTAKE_EVENTS.safetyFlagRaised]: typedHandler<SafetyFlagRaisedV1>(async (tx, event, data) => {
      const key = { tenantId: event.metadata.tenantId, caseId: data.caseId };
      const raisedAt = event.occurredAt;
      // A contact care plan handled before intake's flag reached it still counts, when it came after the flag.
      const { lastContactAt } = await caseFactsOf(tx, key);
      await addItem(tx, {
        ...key,
        kind: 'safety_follow_up',
        ref: data.screeningId,
        // Intake's schema makes it an instant; should one ever not read as one, the flag is due at once.
        dueAt: instantOf(data.followUpDueBy) ?? raisedAt,
        raisedAt,
        streamVersion: event.streamVersion,
        ...(lastContactAt && lastContactAt >= raisedAt
          ? { satisfiedBy: { event: 'ContactRecorded', at: lastContactAt } }
          : {}),
      });
    }),
    // Closing takes everything of the case off the list; reopening brings nothing back (ADR 0031).
    [INTAKE_EVENTS.caseClosed]: typedHandler<CaseClosedV1>((tx, event, data) =>
      settleItems(
        tx,
        { tenantId: event.metadata.tenantId, caseId: data.caseId },
        {},
        { state: 'removed', event: 'CaseClosed', at: event.occurredAt },
      ),
    ),
  };
}

/**
 * The case view's handlers, each followed by the worklist's handler of the same event where it has one: one consumer
 * of intake's events, and the worklist changes in the transaction that changes the case's row.
 */
export function withWorklist(caseView: EventHandlers, settings: CarePlanSettings): EventHandlers {
  const worklist = buildWorklistCaseHandlers(settings);
  return Object.fromEntries(
    Object.entries(caseView).map(([type, view]): [string, EventHandler] => {
      const then = worklist[type];
      if (!then) return [type, view];
      return [
        type,
        async (event, tx) => {
          await view(event, tx);
          await then(event, tx);
        },
      ];
    }),
  );
}
