import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { parse } from 'yaml';
import type { ServiceContract } from '@casemgmt/messaging';
import { serviceContracts } from './contracts';
import { buildAsyncApiDocument, generateAsyncApiYaml } from './generate-asyncapi';
import { ASYNCAPI_DOCUMENT } from './main';

// A realistic contract, so the document's messages, headers and payloads are validated too while the services'
// own contracts are still empty.
const intakeSample: ServiceContract = {
  service: 'intake',
  description: 'Clients, cases and consents.',
  categories: ['intake.client', 'intake.case'],
  events: [
    {
      type: 'ClientRegistered',
      version: 1,
      summary: 'A person was registered as a client of the agency.',
      sealed: ['givenName', 'familyName', 'dateOfBirth'],
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        additionalProperties: false,
        required: ['clientId', 'registeredBy', 'identity'],
        properties: {
          clientId: { type: 'string', format: 'uuid' },
          registeredBy: { type: 'string' },
          identity: {
            type: 'object',
            description: 'Encrypted with the client key (crypto-shredding).',
            required: ['ciphertext', 'keyId'],
            properties: { ciphertext: { type: 'string' }, keyId: { type: 'string' } },
          },
          preferredLanguage: { type: 'string', examples: ['en', 'es'] },
        },
      },
      examples: [
        {
          clientId: '0190f3a1-0000-7000-8000-0000000000c1',
          registeredBy: 'worker-7',
          identity: { ciphertext: 'AAECAw==', keyId: 'key-0190' },
          preferredLanguage: 'es',
        },
      ],
    },
    {
      type: 'CaseOpened',
      version: 1,
      summary: 'A case was opened for a client.',
      description: 'Starts the first-contact deadline: 24 hours, 5 days or 14 days by priority.',
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['caseId', 'clientId', 'priority', 'openedAt'],
        properties: {
          caseId: { type: 'string', format: 'uuid' },
          clientId: { type: 'string', format: 'uuid' },
          priority: { type: 'string', enum: ['urgent', 'high', 'routine'] },
          openedAt: { type: 'string', format: 'date-time' },
          programs: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  ],
};

async function errorsOf(document: string): Promise<string[]> {
  const diagnostics = await new Parser().validate(document);
  // Severity 0 is an error; warnings and hints (e.g. "3.1.0 exists") do not make the document invalid.
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 0)
    .map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`);
}

describe('AsyncAPI document of the published events', () => {
  it('is committed exactly as the generator produces it from the contracts (regenerate with npm run asyncapi)', () => {
    expect(readFileSync(ASYNCAPI_DOCUMENT, 'utf8')).toBe(generateAsyncApiYaml(serviceContracts));
  });

  it('validates with the AsyncAPI parser, with a channel and a send operation per service', async () => {
    const yaml = readFileSync(ASYNCAPI_DOCUMENT, 'utf8');

    expect(await errorsOf(yaml)).toEqual([]);
    const { document } = await new Parser().parse(yaml);
    expect(
      document
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toEqual([
      'casemgmt.intake.events.v1',
      'casemgmt.care-plan.events.v1',
      'casemgmt.referral.events.v1',
      'casemgmt.provider-directory.events.v1',
      'casemgmt.audit.events.v1',
    ]);
    expect(
      document
        ?.operations()
        .all()
        .every((operation) => operation.action() === 'send'),
    ).toBe(true);
  });

  it('describes each published type with its CloudEvents headers and its JSON Schema payload, and validates', async () => {
    const yaml = generateAsyncApiYaml([intakeSample, ...serviceContracts.filter((c) => c.service !== 'intake')]);

    expect(await errorsOf(yaml)).toEqual([]);
    const { document } = await new Parser().parse(yaml);
    const messages = document?.channels().get('intake')?.messages().all() ?? [];
    expect(messages.map((message) => message.name())).toEqual(['intake.ClientRegistered.v1', 'intake.CaseOpened.v1']);
    const caseOpened = messages[1]!;
    expect(caseOpened.payload()?.required()).toEqual(['caseId', 'clientId', 'priority', 'openedAt']);
    expect(caseOpened.contentType()).toBe('application/json');
    expect(caseOpened.correlationId()?.location()).toBe('$message.header#/ce_correlationid');
    const raw = parse(yaml) as {
      components: {
        messages: Record<string, { headers: { allOf: [unknown, { properties: Record<string, { const: string }> }] } }>;
      };
    };
    expect(raw.components.messages['intake.CaseOpened.v1']?.headers.allOf[1].properties['ce_type']?.const).toBe(
      'intake.CaseOpened.v1',
    );
    const headers = document?.components().schemas().get('CloudEventHeaders');
    expect(headers?.required()).toEqual(
      expect.arrayContaining(['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time', 'ce_tenantid']),
    );
    expect(Object.keys(headers?.properties() ?? {})).toEqual(
      expect.arrayContaining(['ce_actoronbehalfof', 'ce_traceparent', 'ce_globalposition']),
    );
    expect(
      document
        ?.operations()
        .get('intake.publish')
        ?.messages()
        .all()
        .map((message) => message.name()),
    ).toEqual(['intake.ClientRegistered.v1', 'intake.CaseOpened.v1']);
  });

  it('lists the sealed fields of each message whose contract lists them', async () => {
    const yaml = generateAsyncApiYaml([intakeSample, ...serviceContracts.filter((c) => c.service !== 'intake')]);

    expect(await errorsOf(yaml)).toEqual([]);
    const raw = parse(yaml) as {
      components: { messages: Record<string, { description?: string; 'x-sealed-fields'?: string[] }> };
    };
    const registered = raw.components.messages['intake.ClientRegistered.v1'];
    expect(registered?.['x-sealed-fields']).toEqual(['givenName', 'familyName', 'dateOfBirth']);
    expect(registered?.description).toContain('givenName, familyName, dateOfBirth');
    expect(raw.components.messages['intake.CaseOpened.v1']?.['x-sealed-fields']).toBeUndefined();
  });

  it('carries every intake event type with its sealed fields into the committed document', () => {
    const raw = parse(readFileSync(ASYNCAPI_DOCUMENT, 'utf8')) as {
      components: { messages: Record<string, { 'x-sealed-fields'?: string[] }> };
    };
    const intake = serviceContracts.find((contract) => contract.service === 'intake');
    for (const event of intake?.events ?? []) {
      expect(raw.components.messages[`intake.${event.type}.v${event.version}`]?.['x-sealed-fields']).toEqual(
        event.sealed,
      );
    }
    expect(raw.components.messages['intake.ScreeningScored.v1']?.['x-sealed-fields']).toEqual(
      expect.arrayContaining(['answers']),
    );
  });

  it('refuses contracts the relay would refuse', () => {
    expect(() => buildAsyncApiDocument([intakeSample, intakeSample])).toThrow(/declared twice/);
  });
});
