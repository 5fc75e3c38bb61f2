import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { CLIENT_EVENT_TYPES, clientDecider, type ClientEvent } from './client.decider';
import { CLIENT_PUBLISHED_EVENTS } from './client.contract';

const metadata: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'worker-1', role: 'intake_worker' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const clientId = '0190f3a0-0000-7000-8000-000000000001';
const sealed = { $sealed: 'A256GCM', keyId: 'k-1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };

// What the relay publishes: the decided event with its personal data sealed.
const asPublished = (event: ClientEvent): Record<string, unknown> =>
  'personal' in event.data && event.data.personal !== null ? { ...event.data, personal: sealed } : { ...event.data };

describe('published contract of the client aggregate', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
  const schemaOf = (type: string) => {
    const schema = CLIENT_PUBLISHED_EVENTS.find((event) => event.type === type)?.schema;
    if (!schema) throw new Error(`no schema for ${type}`);
    return schema;
  };

  it('describes every client event type, once', () => {
    expect(CLIENT_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...CLIENT_EVENT_TYPES].sort());
  });

  it('publishes draft-07 schemas that compile in strict mode', () => {
    for (const event of CLIENT_PUBLISHED_EVENTS) expect(() => ajv.compile(event.schema)).not.toThrow();
  });

  it('accepts the events the decider decides, with personal data sealed or erased', () => {
    const [registered] = given(clientDecider, []).when({
      type: 'RegisterClient',
      data: {
        clientId,
        personal: {
          givenName: 'Ana',
          familyName: 'Silva',
          dateOfBirth: '1990-01-31',
          identifiers: [],
          contact: {},
        },
        preferredLanguage: 'pt-BR',
        demographics: { race: ['White'], veteran: true },
        duplicateCandidates: [
          { clientId: 'c-2', score: 0.9, matchedOn: ['dateOfBirth'], initials: 'A. S.', birthYear: null },
        ],
        overrideReason: 'different person',
      },
      metadata,
    });
    const [corrected] = given(clientDecider, [registered!]).when({
      type: 'CorrectClientDetails',
      data: { clientId, changes: { demographics: { veteran: null }, preferredLanguage: 'pt' }, reason: 'typo' },
      metadata,
    });
    expect(ajv.validate(schemaOf('ClientRegistered'), asPublished(registered!))).toBe(true);
    expect(ajv.validate(schemaOf('ClientDetailsCorrected'), asPublished(corrected!))).toBe(true);
    expect(ajv.validate(schemaOf('ClientRegistered'), { ...asPublished(registered!), personal: null })).toBe(true);
  });

  it('refuses personal data in the clear', () => {
    expect(
      ajv.validate(schemaOf('ClientRegistered'), {
        clientId,
        personal: { givenName: 'Ana', familyName: 'Silva' },
        preferredLanguage: 'pt',
        demographics: {},
      }),
    ).toBe(false);
  });
});
