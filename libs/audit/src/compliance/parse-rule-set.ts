import { isCalendarDate } from '@casemgmt/kernel';
import {
  WORKLIST_ITEM,
  type ComplianceRule,
  type DeadlineRule,
  type DueWithin,
  type EventMatcher,
  type FieldValue,
  type Fine,
  type LagRule,
  type RecurringRule,
  type RuleSet,
} from './rule-set';

// Calendar days in the agency's time zone, or hours: the two units the rules are written in.
const DURATION = /^(P[1-9]\d{0,3}D|PT[1-9]\d{0,4}H)$/;
const PUBLISHED_TYPE = /^[a-z][a-z-]*\.[A-Z][A-Za-z]+\.v[1-9]\d*$/;
const MAX_FINE_CENTS = 100_000_000;

type Fail = (field: string, reason: string) => never;
/**
 * Reads a rule set (JSON text or the parsed value) as {@link RuleSet} says; throws naming the rule, the field and the
 * reason of the first thing that is not.
 */
export function parseRuleSet(input: unknown): RuleSet {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new Error('rule set: not JSON');
    }
  }
  const fail: Fail = (field, reason) => {
    throw new Error(`rule set: ${[field, reason].filter(Boolean).join(' ')}`);
  };
  if (!isRecord(value)) return fail('', 'must be an object');
  only(value, ['id', 'version', 'effectiveFrom', 'tenantId', 'programId', 'rules'], '', fail);
  const id = text(value['id'], 'id', fail);
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('version', 'must be a whole number from 1');
  }
  const effectiveFrom = value['effectiveFrom'];
  if (typeof effectiveFrom !== 'string' || !isCalendarDate(effectiveFrom)) {
    fail('effectiveFrom', 'must be a calendar date written YYYY-MM-DD');
  }
  const scope = (field: 'tenantId' | 'programId'): string | null =>
    value[field] === null ? null : text(value[field], field, (f, reason) => fail(f, `${reason} or null`));
  const rules = value['rules'];
  if (!Array.isArray(rules) || rules.length === 0) return fail('rules', 'must be a non-empty array');
  const parsed = rules.map((rule, index) => ruleOf(rule, index));
  const seen = new Set<string>();
  for (const rule of parsed) {
    if (seen.has(rule.id)) fail(`rules.${rule.id}`, 'is given twice');
    seen.add(rule.id);
  }
  return {
    id,
    version: version as number,
    effectiveFrom: effectiveFrom as string,
    tenantId: scope('tenantId'),
    programId: scope('programId'),
    rules: parsed,
  };
}

function ruleOf(value: unknown, index: number): ComplianceRule {
  const named = isRecord(value) && typeof value['id'] === 'string' && value['id'] !== '' ? value['id'] : `#${index}`;
  const fail: Fail = (field, reason) => {
    throw new Error(`rule set: rule ${named}: ${[field, reason].filter(Boolean).join(' ')}`);
  };
  if (!isRecord(value)) return fail('', 'must be an object');
  const base = {
    id: text(value['id'], 'id', fail),
    description: text(value['description'], 'description', fail),
    fine: fineOf(value['fine'], fail),
  };
  const common = ['id', 'kind', 'description', 'fine'];
  switch (value['kind']) {
    case 'deadline': {
      const fields = [...common, 'arisesOn', 'dueWithin', 'metBy', 'cancelledBy', 'key', 'restartsOnTrigger'];
      only(value, [...fields, 'worklistItem'], '', fail);
      const restarts = value['restartsOnTrigger'] ?? false;
      if (typeof restarts !== 'boolean') fail('restartsOnTrigger', 'must be true or false');
      const key = value['key'] ?? null;
      const worklistItem = value['worklistItem'] ?? null;
      if (worklistItem !== null && (typeof worklistItem !== 'string' || !WORKLIST_ITEM.test(worklistItem))) {
        fail('worklistItem', 'must be a worklist item kind in lower case with underscores (first_contact), or null');
      }
      const rule: DeadlineRule = {
        ...base,
        kind: 'deadline',
        arisesOn: matchersOf(value['arisesOn'], 'arisesOn', fail),
        dueWithin: dueWithinOf(value['dueWithin'], fail),
        metBy: matchersOf(value['metBy'], 'metBy', fail),
        cancelledBy: matchersOf(value['cancelledBy'] ?? [], 'cancelledBy', fail, true),
        key: key === null ? null : fieldPath(key, 'key', fail),
        restartsOnTrigger: restarts as boolean,
        worklistItem: worklistItem as string | null,
      };
      return rule;
    }
    case 'recurring': {
      only(value, [...common, 'period', 'openedBy', 'closedBy', 'atLeast', 'of'], '', fail);
      if (value['period'] !== 'month') fail('period', 'must be "month"');
      const atLeast = value['atLeast'];
      if (typeof atLeast !== 'number' || !Number.isInteger(atLeast) || atLeast < 1 || atLeast > 1000) {
        fail('atLeast', 'must be a whole number from 1 to 1000');
      }
      const rule: RecurringRule = {
        ...base,
        kind: 'recurring',
        period: 'month',
        openedBy: matchersOf(value['openedBy'], 'openedBy', fail),
        closedBy: matchersOf(value['closedBy'], 'closedBy', fail),
        atLeast: atLeast as number,
        of: matchersOf(value['of'], 'of', fail),
      };
      return rule;
    }
    case 'lag': {
      only(value, [...common, 'events', 'within'], '', fail);
      const rule: LagRule = {
        ...base,
        kind: 'lag',
        events: matchersOf(value['events'], 'events', fail),
        within: duration(value['within'], 'within', fail),
      };
      return rule;
    }
    default:
      return fail('kind', 'must be one of deadline, recurring, lag');
  }
}

function fineOf(value: unknown, fail: Fail): Fine {
  if (!isRecord(value)) return fail('fine', 'must be an object of cents and currency');
  only(value, ['cents', 'currency'], 'fine.', fail);
  const cents = value['cents'];
  if (typeof cents !== 'number' || !Number.isInteger(cents) || cents < 0 || cents > MAX_FINE_CENTS) {
    fail('fine.cents', `must be a whole number of cents from 0 to ${MAX_FINE_CENTS}`);
  }
  if (value['currency'] !== 'USD') fail('fine.currency', 'must be "USD"');
  return { cents: cents as number, currency: 'USD' };
}

function dueWithinOf(value: unknown, fail: Fail): DueWithin {
  if (typeof value === 'string') return { duration: duration(value, 'dueWithin', fail) };
  if (!isRecord(value)) return fail('dueWithin', 'must be a duration or an object of field and durations');
  only(value, ['field', 'durations', 'otherwise'], 'dueWithin.', fail);
  const durations = value['durations'];
  if (!isRecord(durations) || Object.keys(durations).length === 0) {
    return fail('dueWithin.durations', 'must be a non-empty object of field values to durations');
  }
  const otherwise = value['otherwise'] ?? null;
  return {
    field: fieldPath(value['field'], 'dueWithin.field', fail),
    durations: Object.fromEntries(
      Object.entries(durations).map(([option, text]) => [
        option,
        duration(text, `dueWithin.durations.${option}`, fail),
      ]),
    ),
    otherwise: otherwise === null ? null : duration(otherwise, 'dueWithin.otherwise', fail),
  };
}

function matchersOf(value: unknown, field: string, fail: Fail, mayBeEmpty = false): EventMatcher[] {
  if (!Array.isArray(value) || (!mayBeEmpty && value.length === 0)) {
    return fail(field, `must be ${mayBeEmpty ? 'an' : 'a non-empty'} array of event matchers`);
  }
  return value.map((matcher, index) => {
    const at = `${field}[${index}]`;
    if (!isRecord(matcher)) return fail(at, 'must be an object of type and where');
    only(matcher, ['type', 'where'], `${at}.`, fail);
    const type = matcher['type'];
    if (typeof type !== 'string' || !PUBLISHED_TYPE.test(type)) {
      fail(`${at}.type`, 'must be a published event type such as intake.CaseOpened.v1');
    }
    const where = matcher['where'] ?? {};
    if (!isRecord(where)) return fail(`${at}.where`, 'must be an object of data fields to values');
    return {
      type: type as string,
      where: Object.fromEntries(
        Object.entries(where).map(([path, allowed]) => {
          fieldPath(path, `${at}.where`, fail);
          const values = Array.isArray(allowed) ? allowed : [allowed];
          if (values.length === 0 || !values.every(isFieldValue)) {
            fail(`${at}.where.${path}`, 'must be a string, number, boolean or null, or a non-empty array of them');
          }
          return [path, values as FieldValue[]];
        }),
      ),
    };
  });
}

function duration(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || !DURATION.test(value)) {
    return fail(field, 'must be a whole number of days (P14D) or hours (PT24H)');
  }
  return value;
}

function fieldPath(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(value)) {
    return fail(field, 'must be a data field name (dotted for a nested field)');
  }
  return value;
}

function text(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500) {
    return fail(field, 'must be a non-empty string of at most 500 characters');
  }
  return value;
}

function only(value: Record<string, unknown>, known: readonly string[], prefix: string, fail: Fail): void {
  for (const field of Object.keys(value)) if (!known.includes(field)) fail(`${prefix}${field}`, 'is not a field');
}

function isFieldValue(value: unknown): value is FieldValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
