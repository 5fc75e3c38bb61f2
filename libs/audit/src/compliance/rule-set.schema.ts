import type { JsonSchema } from '@casemgmt/messaging';
import { WORKLIST_ITEM } from './rule-set';

// The JSON Schema (draft-07) of a rule set, for editors and other readers: `parseRuleSet` is what enforces it, with
// the same fields and limits, and names the rule of an error.

const duration: JsonSchema = {
  type: 'string',
  pattern: '^(P[1-9][0-9]{0,3}D|PT[1-9][0-9]{0,4}H)$',
  description: 'Whole calendar days in the agency’s time zone (P14D) or hours (PT24H)',
};
const fieldPath: JsonSchema = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$' };
const text: JsonSchema = { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' };
const fieldValue: JsonSchema = { type: ['string', 'number', 'boolean', 'null'] };
const matcher: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { type: 'string', pattern: '^[a-z][a-z-]*\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*$' },
    where: {
      type: 'object',
      propertyNames: fieldPath,
      additionalProperties: { anyOf: [fieldValue, { type: 'array', items: fieldValue, minItems: 1 }] },
    },
  },
};
const matchers = (minItems: number): JsonSchema => ({ type: 'array', items: matcher, minItems });
const common = {
  id: text,
  description: text,
  fine: {
    type: 'object',
    additionalProperties: false,
    required: ['cents', 'currency'],
    properties: {
      cents: { type: 'integer', minimum: 0, maximum: 100_000_000 },
      currency: { const: 'USD' },
    },
  },
};
const rule = (kind: string, required: readonly string[], properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'description', 'fine', ...required],
  properties: { ...common, kind: { const: kind }, ...properties },
});

/** The JSON Schema of a rule set as `parseRuleSet` reads it. */
export const RULE_SET_JSON_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Compliance rule set',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'effectiveFrom', 'tenantId', 'programId', 'rules'],
  properties: {
    id: text,
    version: { type: 'integer', minimum: 1 },
    effectiveFrom: { type: 'string', format: 'date' },
    tenantId: { anyOf: [text, { type: 'null' }] },
    programId: { anyOf: [text, { type: 'null' }] },
    rules: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          rule('deadline', ['arisesOn', 'dueWithin', 'metBy'], {
            arisesOn: matchers(1),
            dueWithin: {
              anyOf: [
                duration,
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['field', 'durations'],
                  properties: {
                    field: fieldPath,
                    durations: { type: 'object', minProperties: 1, additionalProperties: duration },
                    otherwise: { anyOf: [duration, { type: 'null' }] },
                  },
                },
              ],
            },
            metBy: matchers(1),
            cancelledBy: matchers(0),
            key: { anyOf: [fieldPath, { type: 'null' }] },
            restartsOnTrigger: { type: 'boolean' },
            worklistItem: { anyOf: [{ type: 'string', pattern: WORKLIST_ITEM.source }, { type: 'null' }] },
          }),
          rule('recurring', ['period', 'openedBy', 'closedBy', 'atLeast', 'of'], {
            period: { const: 'month' },
            openedBy: matchers(1),
            closedBy: matchers(1),
            atLeast: { type: 'integer', minimum: 1, maximum: 1000 },
            of: matchers(1),
          }),
          rule('lag', ['events', 'within'], { events: matchers(1), within: duration }),
        ],
      },
    },
  },
};
