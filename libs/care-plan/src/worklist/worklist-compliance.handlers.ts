import type { EventHandlers, IncomingEvent } from '@casemgmt/messaging';
import { instantOf } from '@casemgmt/kernel';
import { typedHandler } from '../case-view/case-view.handlers';
import {
  COMPLIANCE_EVENTS,
  type ComplianceDeadlineClosedV1,
  type ComplianceDeadlineOpenedV1,
  type ComplianceDetail,
} from './compliance-events';
import { renewItem, settleItems } from './worklist-items';

const keyOf = (event: IncomingEvent, data: { readonly caseId: string }) => ({
  tenantId: event.metadata.tenantId,
  caseId: data.caseId,
});

/** Outcomes that mean the work was done; the others (cancelled, missed, withdrawn) take it off without it. */
const DONE = new Set(['met', 'met_late']);

/**
 * The worklist's handlers of audit's compliance deadlines (ADR 0038), in care plan's one consumer of other services'
 * events, when the host gives care plan audit's contract: an opened deadline is an item of kind
 * `compliance_deadline` keyed by the deadline's id, due when the agency's rules say, with the rule and the fine at
 * stake; opened again, it moves (the feed's stream version orders them); closed, it leaves the list.
 */
export function buildWorklistComplianceHandlers(): EventHandlers {
  return {
    [COMPLIANCE_EVENTS.deadlineOpened]: typedHandler<ComplianceDeadlineOpenedV1>((tx, event, data) => {
      const detail: ComplianceDetail = {
        ruleId: data.ruleId,
        description: data.description,
        concerns: data.concerns,
        fineCents: data.fineCents,
        ...(typeof data.worklistItem === 'string' ? { worklistItem: data.worklistItem } : {}),
      };
      return renewItem(tx, {
        ...keyOf(event, data),
        kind: 'compliance_deadline',
        ref: data.deadlineId,
        // Audit's schema makes it an instant; should one ever not read as one, the deadline is due at once.
        dueAt: instantOf(data.dueAt) ?? event.occurredAt,
        raisedAt: event.occurredAt,
        streamVersion: event.streamVersion,
        detail,
      });
    }),
    [COMPLIANCE_EVENTS.deadlineClosed]: typedHandler<ComplianceDeadlineClosedV1>((tx, event, data) =>
      settleItems(
        tx,
        keyOf(event, data),
        { kind: 'compliance_deadline', ref: data.deadlineId },
        {
          state: DONE.has(data.outcome) ? 'satisfied' : 'removed',
          event: `ComplianceDeadlineClosed:${data.outcome}`,
          at: event.occurredAt,
        },
      ),
    ),
  };
}
