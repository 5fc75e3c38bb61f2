import { operationsOf, type OpenApiDocument } from './openapi';
import { requestsOf } from './requests';
import { Markers, MARKER_STEM, type RequestContext } from './valid-request';
import { runSweep, seededRandom } from './sweep';

const document: OpenApiDocument = {
  paths: {
    '/things': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
      },
    },
    '/things/{id}': {
      get: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'per_page', in: 'query', schema: { type: 'number', maximum: 500 } },
        ],
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: {
          name: { type: 'string', maxLength: 200 },
          tags: { type: 'array', items: { type: 'string' } },
          owner: { allOf: [{ $ref: '#/components/schemas/Owner' }] },
        },
        required: ['name'],
      },
      Owner: { type: 'object', properties: { ownerId: { type: 'string', format: 'uuid' } } },
    },
  },
};

const context = (): RequestContext => {
  const random = seededRandom(7);
  return {
    fixtures: { idOf: (collection) => (collection === 'owners' ? 'owner-id' : undefined) },
    markers: new Markers(),
    uuid: () => `uuid-${Math.floor(random() * 1e6)}`,
  };
};

describe('requestsOf', () => {
  const [create, read] = operationsOf(document);

  it('starts with a valid-shaped request whose free text carries markers and whose ids aim at known records', () => {
    const [valid] = requestsOf(create!, context());
    expect(valid).toMatchObject({ operation: 'POST /things', family: 'valid', contentType: 'application/json' });
    const body = JSON.parse(String(valid!.body));
    expect(body.name).toMatch(new RegExp(`^${MARKER_STEM}`));
    expect(body.tags[0]).toMatch(new RegExp(`^${MARKER_STEM}`));
    expect(body.owner).toEqual({ ownerId: 'owner-id' });
  });

  it('varies every body field, the body as a whole and its content type', () => {
    const families = requestsOf(create!, context()).map((r) => r.family);
    expect(families).toEqual(
      expect.arrayContaining([
        'body:deep-nesting:array',
        'body:deep-nesting:object',
        'body:deep-nesting:in-field',
        'body:invalid-json:truncated',
        'body:top-level-array',
        'body:missing:name',
        'body:wrong-type:name=number',
        'body:huge-string:name',
        'body:nul:name',
        'body:lone-surrogate:owner.ownerId',
        'body:huge-array:tags',
        'body:long-array:tags',
        'content-type:text-plain',
        'content-type:none',
        'query:oversized',
      ]),
    );
    const deep = requestsOf(create!, context()).find((r) => r.family === 'body:deep-nesting:array');
    expect(String(deep?.body)).toHaveLength(10_000);
  });

  it('sends bad ids in every path parameter and malformed values in every query parameter', () => {
    const requests = requestsOf(read!, context());
    const urls = Object.fromEntries(requests.map((r) => [r.family, r.url]));
    expect(urls['path:bad-id:id=nul']).toMatch(/^\/things\/a%00b\?per_page=/);
    expect(urls['query:beyond-maximum:per_page']).toMatch(/per_page=501$/);
    expect(urls['query:wrong-type:per_page=exponent']).toMatch(/per_page=1e20$/);
    expect(requests.every((r) => r.body === undefined)).toBe(true);
  });
});

describe('runSweep', () => {
  it('refuses a target that is not on this machine', async () => {
    await expect(runSweep({ baseUrl: 'http://192.0.2.1:3000', keyFile: 'x' })).rejects.toThrow(/loopback/);
  });
});
