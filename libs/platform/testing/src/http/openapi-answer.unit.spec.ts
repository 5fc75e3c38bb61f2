import { openApiAnswerProblems } from './openapi-answer';

const document = {
  paths: {
    '/things/{id}': {
      get: {
        responses: {
          '200': {
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } },
              'text/csv': { schema: { type: 'string' } },
            },
          },
        },
      },
    },
    '/words': { get: { responses: { '200': { description: 'in words only' } } } },
  },
  components: {
    schemas: {
      ThingDto: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          closedAt: { type: 'string', format: 'date-time', nullable: true },
          parts: { type: 'array', items: { $ref: '#/components/schemas/PartDto' } },
          // A nullable model property as the platform's document writes it: the model, or null.
          mainPart: {
            anyOf: [{ $ref: '#/components/schemas/PartDto' }, { type: 'object', nullable: true, enum: [null] }],
          },
        },
        required: ['id', 'closedAt', 'parts', 'mainPart'],
      },
      PartDto: { type: 'object', properties: { count: { type: 'number' } }, required: ['count'] },
    },
  },
};

const route = { method: 'GET', path: '/things/{id}' };
const thing = { id: '0192f4c5-7a3e-7b8c-9d0e-1f2a3b4c5d6e', closedAt: null, parts: [{ count: 2 }], mainPart: null };

describe('openApiAnswerProblems', () => {
  it('finds nothing wrong with an answer the document describes, nulls where it allows them', () => {
    expect(openApiAnswerProblems(document, route, thing)).toEqual([]);
    expect(openApiAnswerProblems(document, route, { ...thing, closedAt: '2026-12-01T10:00:00.000Z' })).toEqual([]);
    expect(openApiAnswerProblems(document, route, { ...thing, mainPart: { count: 1 } })).toEqual([]);
  });

  it('checks a nullable model that is there as the model, closed', () => {
    expect(openApiAnswerProblems(document, route, { ...thing, mainPart: { count: 1, extra: true } })).toEqual([
      '/mainPart: must NOT have additional properties (extra)',
      '/mainPart: must be equal to one of the allowed values',
      '/mainPart: must match a schema in anyOf',
    ]);
  });

  it('names a missing field, a field of the wrong type, and a field the document does not list', () => {
    const { closedAt: _closedAt, ...withoutClosedAt } = thing;
    expect(openApiAnswerProblems(document, route, withoutClosedAt)).toEqual([
      "(the answer): must have required property 'closedAt'",
    ]);
    expect(openApiAnswerProblems(document, route, { ...thing, parts: [{ count: 'two' }] })).toEqual([
      '/parts/0/count: must be number',
    ]);
    expect(openApiAnswerProblems(document, route, { ...thing, secret: 'x' })).toEqual([
      '(the answer): must NOT have additional properties (secret)',
    ]);
  });

  it('checks the answer of another content type against that content type’s schema', () => {
    expect(openApiAnswerProblems(document, { ...route, contentType: 'text/csv' }, 'id,closedAt\r\n')).toEqual([]);
    expect(openApiAnswerProblems(document, { ...route, contentType: 'text/csv' }, thing)).toEqual([
      '(the answer): must be string',
    ]);
    expect(openApiAnswerProblems(document, { ...route, contentType: 'application/fhir+json' }, thing)).toEqual([
      'GET /things/{id} 200: the document gives no application/fhir+json schema',
    ]);
  });

  it('says so when the document describes the answer in words only, or not at all', () => {
    expect(openApiAnswerProblems(document, { method: 'GET', path: '/words' }, {})).toEqual([
      'GET /words 200: the document gives no application/json schema',
    ]);
    expect(openApiAnswerProblems(document, { ...route, status: 201 }, thing)).toEqual([
      'GET /things/{id} 201: the document gives no application/json schema',
    ]);
  });
});
