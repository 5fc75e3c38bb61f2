import { eventDataSchema, type JsonSchema, type PublishedEventContract } from '@casemgmt/messaging';
import { SLOT_RELEASE_REASONS, type CaseloadEvent } from './caseload.decider';

// JSON Schemas (draft-07) of the caseload events' data: ids and counts, nothing about the client.

const id: JsonSchema = { type: 'string', minLength: 1 };
const count: JsonSchema = { type: 'integer', minimum: 0 };

const beyondLimit: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'supervisorId'],
      properties: { kind: { const: 'override' }, supervisorId: id },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { const: 'reopened' } },
    },
  ],
};

const schemas: Readonly<Record<CaseloadEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  CaseSlotTaken: {
    summary:
      'A worker took a case slot: a case was assigned to them (or reopened with them); caseload counts it. Beyond the limit only by a supervisor’s override or a reopening.',
    schema: eventDataSchema({ workerId: id, caseId: id, caseload: count, limit: count }, { beyondLimit }),
  },
  CaseSlotReleased: {
    summary:
      'A worker gave a case slot back: the case was closed, reassigned or transferred, its assignment did not go through, or a request that died left the slot stale.',
    schema: eventDataSchema({ workerId: id, caseId: id, reason: { enum: [...SLOT_RELEASE_REASONS] }, caseload: count }),
  },
};

/** Published language of the Caseload aggregate (`intake.caseload-<tenant>.<worker>` streams). */
export const CASELOAD_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
