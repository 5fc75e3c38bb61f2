import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import json from './default-rules.json';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { parseRuleSet } from './parse-rule-set';
import { RULE_SET_JSON_SCHEMA } from './rule-set.schema';

type Json = Record<string, unknown>;

// A copy of the default set with one rule's field replaced (or removed, with undefined).
function withRule(id: string, field: string, value: unknown): Json {
  const copy = structuredClone(json) as Json & { rules: Json[] };
  const rule = copy.rules.find((candidate) => candidate['id'] === id) as Json;
  if (value === undefined) delete rule[field];
  else rule[field] = value;
  return copy;
}

describe('parseRuleSet', () => {
  it('reads the default set: six rules of the three kinds, fines in cents', () => {
    expect(DEFAULT_RULE_SET.rules.map((rule) => [rule.id, rule.kind, rule.fine.cents])).toEqual([
      ['R1', 'deadline', 100_000],
      ['R2', 'deadline', 50_000],
      ['R3', 'deadline', 50_000],
      ['R4', 'deadline', 25_000],
      ['R5', 'recurring', 25_000],
      ['R6', 'lag', 10_000],
    ]);
    expect(DEFAULT_RULE_SET.rules[0]).toMatchObject({
      dueWithin: { field: 'priority', durations: { emergency: 'PT24H', urgent: 'P5D', routine: 'P14D' } },
      metBy: [
        { type: 'care-plan.ContactRecorded.v1', where: { kind: ['home_visit', 'office_visit', 'phone', 'video'] } },
      ],
    });
  });

  it('reads JSON text as well as a parsed value', () => {
    expect(parseRuleSet(JSON.stringify(json))).toEqual(DEFAULT_RULE_SET);
  });

  it('takes a single value in a where clause as a list of one', () => {
    const r4 = DEFAULT_RULE_SET.rules.find((rule) => rule.id === 'R4');
    expect(r4).toMatchObject({ cancelledBy: [{ where: { to: ['entered-in-error'] } }] });
  });

  it.each([
    ['not JSON', '{', 'rule set: not JSON'],
    ['a rule set that is a list', [], 'rule set: must be an object'],
    ['an unknown top-level field', { ...json, owner: 'x' }, 'rule set: owner is not a field'],
    ['a version of 0', { ...json, version: 0 }, 'rule set: version must be a whole number from 1'],
    ['an impossible date', { ...json, effectiveFrom: '2027-02-30' }, 'rule set: effectiveFrom must be a calendar date'],
    ['a missing tenant', { ...json, tenantId: undefined }, 'rule set: tenantId must be a non-empty string'],
    ['no rules', { ...json, rules: [] }, 'rule set: rules must be a non-empty array'],
    [
      'an unknown kind',
      withRule('R2', 'kind', 'quota'),
      'rule set: rule R2: kind must be one of deadline, recurring, lag',
    ],
    [
      'a duration in weeks',
      withRule('R1', 'dueWithin', { field: 'priority', durations: { urgent: 'P1W' } }),
      'rule set: rule R1: dueWithin.durations.urgent must be a whole number of days (P14D) or hours (PT24H)',
    ],
    [
      'a fine in dollars',
      withRule('R3', 'fine', { cents: 12.5, currency: 'USD' }),
      'rule set: rule R3: fine.cents must be a whole number of cents',
    ],
    [
      'a fine in euros',
      withRule('R3', 'fine', { cents: 100, currency: 'EUR' }),
      'rule set: rule R3: fine.currency must be "USD"',
    ],
    [
      'an unpublished type',
      withRule('R4', 'metBy', [{ type: 'ReferralFollowedUp' }]),
      'rule set: rule R4: metBy[0].type must be a published event type',
    ],
    [
      'no meeting event',
      withRule('R2', 'metBy', []),
      'rule set: rule R2: metBy must be a non-empty array of event matchers',
    ],
    [
      'a where value that is an object',
      withRule('R1', 'metBy', [{ type: 'care-plan.ContactRecorded.v1', where: { kind: {} } }]),
      'rule set: rule R1: metBy[0].where.kind must be a string, number, boolean or null',
    ],
    [
      'a key that is not a field name',
      withRule('R3', 'key', 'plan id'),
      'rule set: rule R3: key must be a data field name',
    ],
    [
      'a restart flag that is text',
      withRule('R3', 'restartsOnTrigger', 'yes'),
      'rule set: rule R3: restartsOnTrigger must be true or false',
    ],
    ['a yearly period', withRule('R5', 'period', 'year'), 'rule set: rule R5: period must be "month"'],
    ['at least none', withRule('R5', 'atLeast', 0), 'rule set: rule R5: atLeast must be a whole number from 1 to 1000'],
    [
      'a lag without a duration',
      withRule('R6', 'within', undefined),
      'rule set: rule R6: within must be a whole number of days',
    ],
    ['a field of another kind', withRule('R6', 'metBy', []), 'rule set: rule R6: metBy is not a field'],
    [
      'a missing description',
      withRule('R5', 'description', ' '),
      'rule set: rule R5: description must be a non-empty string',
    ],
    ['a rule given twice', { ...json, rules: [...json.rules, json.rules[0]] }, 'rule set: rules.R1 is given twice'],
    [
      'a worklist item that is not a kind',
      withRule('R1', 'worklistItem', 'First Contact'),
      'rule set: rule R1: worklistItem must be a worklist item kind in lower case with underscores (first_contact), or null',
    ],
    [
      'a worklist item on a monthly rule',
      withRule('R5', 'worklistItem', 'first_contact'),
      'rule set: rule R5: worklistItem is not a field',
    ],
  ])('refuses %s, naming the rule, the field and the reason', (_, input, message) => {
    expect(() => parseRuleSet(input)).toThrow(message);
  });

  it('names a rule without an id by its position', () => {
    expect(() => parseRuleSet(withRule('R2', 'id', ''))).toThrow('rule set: rule #1: id must be a non-empty string');
  });
});

describe('RULE_SET_JSON_SCHEMA', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(RULE_SET_JSON_SCHEMA);

  it('accepts the default set', () => {
    expect(validate(json)).toBe(true);
  });

  it.each([
    ['a duration in weeks', withRule('R2', 'dueWithin', 'P1W')],
    ['a fine in euros', withRule('R3', 'fine', { cents: 100, currency: 'EUR' })],
    ['an unknown field', withRule('R6', 'metBy', [])],
  ])('refuses %s, as the parser does', (_, input) => {
    expect(validate(input)).toBe(false);
    expect(() => parseRuleSet(input)).toThrow();
  });
});
