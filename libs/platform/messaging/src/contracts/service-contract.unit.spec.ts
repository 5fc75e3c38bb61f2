import { isMessagingError } from '../messaging.errors';
import { intakeSampleContract } from '../spec-fixtures/intake-sample.fixture';
import { SchemaValidator } from './schema-validator';
import {
  ContractCatalog,
  deadLetterTopicOf,
  parsePublishedType,
  topicOf,
  type ServiceContract,
} from './service-contract';

function invalidContractError(contracts: ServiceContract[]): unknown {
  try {
    new ContractCatalog(contracts);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('service contracts', () => {
  it('names topics, dead-letter topics and published types by the conventions of DESIGN.md §6', () => {
    expect(topicOf('care-plan')).toBe('casemgmt.care-plan.events.v1');
    expect(deadLetterTopicOf('casemgmt.intake.events.v1', 'referral')).toBe('casemgmt.intake.events.v1.dlq.referral');
    expect(parsePublishedType('care-plan.GoalAchieved.v12')).toEqual({
      service: 'care-plan',
      storedType: 'GoalAchieved',
      version: 12,
    });
    expect(parsePublishedType('intake.CaseOpened')).toBeUndefined();
    expect(parsePublishedType('Intake.CaseOpened.v1')).toBeUndefined();
  });

  it('maps a stored type to its published type and back', () => {
    const catalog = new ContractCatalog([intakeSampleContract]);

    expect(catalog.forStored('intake', 'CaseOpened')).toMatchObject({
      publishedType: 'intake.CaseOpened.v1',
      topic: 'casemgmt.intake.events.v1',
      version: 1,
    });
    expect(catalog.forPublished('intake.CaseOpened.v1')?.storedType).toBe('CaseOpened');
    expect(catalog.forStored('intake', 'CaseClosed')).toBeUndefined();
    expect(catalog.forStored('referral', 'CaseOpened')).toBeUndefined();
    expect(catalog.forStream('intake.case-0190f3a1-0000-7000-8000-000000000001', 'CaseOpened')?.publishedType).toBe(
      'intake.CaseOpened.v1',
    );
    expect(catalog.forStream('referral.referral-0190', 'CaseOpened')).toBeUndefined();
  });

  it.each<[string, ServiceContract]>([
    ['a service name that is not kebab-case', { service: 'Intake', categories: [], events: [] }],
    [
      'a category whose aggregate part has a dash, which no stream id can have',
      { service: 'care-plan', categories: ['care-plan.care-plan'], events: [] },
    ],
    ['a category without an aggregate part', { service: 'intake', categories: ['intake'], events: [] }],
    [
      'an event type that is not PascalCase',
      { ...intakeSampleContract, events: [{ type: 'case-opened', version: 1, summary: '', schema: {} }] },
    ],
    ['version 0', { ...intakeSampleContract, events: [{ type: 'CaseOpened', version: 0, summary: '', schema: {} }] }],
    [
      'one stored type declared twice',
      {
        ...intakeSampleContract,
        events: [
          { type: 'CaseOpened', version: 1, summary: '', schema: {} },
          { type: 'CaseOpened', version: 2, summary: '', schema: {} },
        ],
      },
    ],
  ])('refuses %s', (_case, contract) => {
    expect(isMessagingError(invalidContractError([contract]), 'MESSAGING.INVALID_CONTRACT')).toBe(true);
  });

  it('refuses a service declared twice, and a category claimed by two services', () => {
    expect(
      isMessagingError(
        invalidContractError([intakeSampleContract, intakeSampleContract]),
        'MESSAGING.INVALID_CONTRACT',
      ),
    ).toBe(true);
    const thief: ServiceContract = { service: 'referral', categories: ['intake.case'], events: [] };
    expect(isMessagingError(invalidContractError([intakeSampleContract, thief]), 'MESSAGING.INVALID_CONTRACT')).toBe(
      true,
    );
  });

  it('accepts a dashed service name in its categories', () => {
    const catalog = new ContractCatalog([{ service: 'care-plan', categories: ['care-plan.plan'], events: [] }]);
    expect(catalog.service('care-plan')?.categories).toEqual(['care-plan.plan']);
  });

  it('validates data against the JSON Schema of its published type, and lets types without a contract pass', () => {
    const validator = new SchemaValidator(new ContractCatalog([intakeSampleContract]));

    expect(() =>
      validator.assertValid('intake.CaseOpened.v1', { caseId: 'c', clientId: 'x', priority: 'urgent' }),
    ).not.toThrow();
    expect(() => validator.assertValid('referral.ReferralSent.v1', { anything: true })).not.toThrow();
    let caught: unknown;
    try {
      validator.assertValid('intake.CaseOpened.v1', { caseId: 'c', priority: 'someday' });
    } catch (error) {
      caught = error;
    }
    expect(isMessagingError(caught, 'MESSAGING.SCHEMA_VIOLATION')).toBe(true);
    expect((caught as Error).message).toMatch(/clientId/);
    expect((caught as Error).message).toMatch(/priority/);
  });
});
