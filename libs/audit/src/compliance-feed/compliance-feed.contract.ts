import { eventDataSchema, type JsonSchema, type ServiceContract } from '@casemgmt/messaging';
import { WORKLIST_ITEM } from '../compliance/rule-set';
import { DEADLINE_OUTCOMES } from './compliance-feed.events';

/** The one stream category audit writes to the event store: each case's compliance deadlines. */
export const AUDIT_COMPLIANCE_CATEGORY = 'audit.compliance';

/** The stream of a case's compliance deadlines. */
export function complianceFeedStreamId(caseId: string): string {
  return `${AUDIT_COMPLIANCE_CATEGORY}-${caseId}`;
}

const id: JsonSchema = { type: 'string', minLength: 1 };
const instant: JsonSchema = { type: 'string', format: 'date-time' };
const onDeadline = { caseId: id, deadlineId: id, ruleId: id };

/**
 * What audit publishes to `casemgmt.audit.events.v1` (ADR 0038): the compliance deadlines of each case, for care
 * plan's worklist and any partner watching deadlines. The trail itself is not published: it is read over HTTP.
 */
export const AUDIT_CONTRACT: ServiceContract = {
  service: 'audit',
  description: 'Compliance deadlines of each case under the agency’s rules: opened (or moved) and closed.',
  categories: [AUDIT_COMPLIANCE_CATEGORY],
  events: [
    {
      type: 'ComplianceDeadlineOpened',
      version: 1,
      summary: 'A deadline of the agency’s rules is open on a case (or its due time moved): when due, what it costs.',
      description:
        'Deadline and monthly rules only (R1 to R5 by default), as the case stands as it occurred. Published again ' +
        'with the same deadlineId when its due time or fine changes; it stays open past its due time until met. ' +
        '`worklistItem`, when the rule names one, is the item of the case manager’s worklist the deadline stands for.',
      sealed: [],
      schema: eventDataSchema(
        {
          ...onDeadline,
          description: { type: 'string' },
          concerns: { anyOf: [id, { type: 'null' }] },
          aroseAt: instant,
          dueAt: instant,
          fineCents: { type: 'integer', minimum: 0 },
          ruleSetId: id,
          ruleSetVersion: { type: 'integer', minimum: 1 },
        },
        {
          worklistItem: { type: 'string', pattern: WORKLIST_ITEM.source },
        },
      ),
      examples: [
        {
          caseId: '0190f3a0-1111-7000-8000-000000000001',
          deadlineId: 'R1/-/0190f3a0-1111-7000-8000-0000000000e1',
          ruleId: 'R1',
          description: 'First contact with the client after the case is opened',
          concerns: null,
          aroseAt: '2026-12-01T17:00:00.000Z',
          dueAt: '2026-12-15T17:00:00.000Z',
          fineCents: 100000,
          ruleSetId: 'default',
          ruleSetVersion: 1,
          worklistItem: 'first_contact',
        },
      ],
    },
    {
      type: 'ComplianceDeadlineClosed',
      version: 1,
      summary: 'A deadline is no longer open: met, met late, cancelled (case closed, plan ended) or withdrawn.',
      sealed: [],
      schema: eventDataSchema({ ...onDeadline, outcome: { enum: [...DEADLINE_OUTCOMES] } }),
    },
  ],
};
