import type { OpenAPIObject } from '@nestjs/swagger';
import { platformDocument } from './platform-document';

// The directory's HSDS routes answer HSDS's own objects, validated against HSDS's published JSON schemas (2020-12),
// which OpenAPI 3.0 cannot hold faithfully: their answers name the schema instead.
const HSDS_ROUTES = new Set([
  'get /',
  'get /services',
  'get /services/{id}',
  'get /organizations',
  'get /organizations/{id}',
  'get /service_at_locations',
  'get /service_at_locations/{id}',
  'get /taxonomies',
  'get /taxonomies/{id}',
  'get /taxonomy_terms',
  'get /taxonomy_terms/{id}',
]);

interface Operation {
  readonly responses?: Record<string, { readonly content?: Record<string, { readonly schema?: unknown }> }>;
}

/** Every 2xx answer with a body, as `<method> <path> <status> <content type or "no content">`, and its schema. */
function answersOf(document: OpenAPIObject): { readonly answer: string; readonly schema: unknown }[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations as Record<string, Operation>).flatMap(([method, operation]) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .flatMap(([status, response]) => {
          const contents = Object.entries(response.content ?? {});
          if (contents.length === 0) return [{ answer: `${method} ${path} ${status} no content`, schema: undefined }];
          return contents.map(([type, content]) => ({
            answer: `${method} ${path} ${status} ${type}`,
            schema: content.schema,
          }));
        }),
    ),
  );
}

describe('the platform’s OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await platformDocument();
  }, 60_000);

  it('gives every answer a schema for each content type, so clients generated from it type what they read', () => {
    const answers = answersOf(document);
    expect(answers.length).toBeGreaterThan(100);
    const described = (schema: unknown): boolean =>
      typeof schema === 'object' && schema !== null && Object.keys(schema).some((key) => key !== 'description');
    const undescribed = answers
      .filter(({ answer }) => !HSDS_ROUTES.has(answer.split(' ').slice(0, 2).join(' ')))
      .filter(({ schema }) => !described(schema))
      .map(({ answer }) => answer);
    expect(undescribed).toEqual([]);
  });
});
