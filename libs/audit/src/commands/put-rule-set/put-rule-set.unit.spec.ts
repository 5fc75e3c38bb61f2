import { parseRuleSet } from '../../compliance/parse-rule-set';
import { violationOf } from './put-rule-set.handler';

const messageOf = (input: unknown): string => {
  try {
    parseRuleSet(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed');
};

describe('rule set refusals as field violations', () => {
  it('names a rule’s field under ruleSet.rules.<rule id>', () => {
    expect(violationOf('rule set: rule R1: fine.cents must be a whole number of cents from 0 to 100000000')).toEqual({
      field: 'ruleSet.rules.R1.fine.cents',
      reason: 'must be a whole number of cents from 0 to 100000000',
    });
  });

  it('names a field of the set, a rule given twice, and the set as a whole', () => {
    expect(violationOf(messageOf({ id: 'x', version: 0 }))).toEqual({
      field: 'ruleSet.version',
      reason: 'must be a whole number from 1',
    });
    expect(violationOf('rule set: rules.R1 is given twice')).toEqual({
      field: 'ruleSet.rules.R1',
      reason: 'is given twice',
    });
    expect(violationOf(messageOf([]))).toEqual({ field: 'ruleSet', reason: 'must be an object' });
    expect(violationOf('rule set: rule #2: must be an object')).toEqual({
      field: 'ruleSet.rules.#2',
      reason: 'must be an object',
    });
  });
});
