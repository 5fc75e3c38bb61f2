import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020';
import { createHsdsAjv, hsdsStandardDir } from '../hsds/hsds-schemas';

export type ResponseSchema =
  | 'compiled/service.json'
  | 'compiled/service_list.json'
  | 'compiled/organization.json'
  | 'compiled/organization_list.json'
  | 'compiled/service_at_location.json'
  | 'compiled/service_at_location_list.json'
  | 'taxonomy.json'
  | 'taxonomy_term.json'
  | 'Page'
  | 'GET /';

/**
 * The HSDS API's response schemas, compiled with ajv 2020-12 in strict mode (with the HSDS annotation keywords
 * declared). The compiled schemas are large: each compiles in a few seconds, once per suite.
 */
export class HsdsResponseValidators {
  private readonly ajv = createHsdsAjv();
  private readonly compiled = new Map<ResponseSchema, ValidateFunction>();

  private validator(schema: ResponseSchema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(this.load(schema));
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  private load(schema: ResponseSchema): object {
    if (schema === 'Page' || schema === 'GET /') {
      const openapi = JSON.parse(readFileSync(join(hsdsStandardDir(), 'schema/openapi.json'), 'utf8')) as {
        components: { schemas: { Page: object } };
        paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: object } } } } } }>;
      };
      if (schema === 'Page')
        return {
          ...openapi.components.schemas.Page,
          required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'],
        };
      const root = openapi.paths['/'];
      if (!root) throw new Error('the HSDS OpenAPI has no GET /');
      return root.get.responses[200].content['application/json'].schema;
    }
    return JSON.parse(readFileSync(join(hsdsStandardDir(), 'schema', schema), 'utf8')) as object;
  }

  /** Compiles the given schemas now (in a suite's beforeAll, whose timeout can allow for them). */
  compile(...schemas: readonly ResponseSchema[]): this {
    for (const schema of schemas) this.validator(schema);
    return this;
  }

  /** The schema violations of `value`, as `path: message` lines; empty when valid. */
  errors(schema: ResponseSchema, value: unknown): string[] {
    const validate = this.validator(schema);
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
  }

  /** The errors of an HSDS list page: the `Page` fields, then each item against `itemSchema`. */
  pageErrors(itemSchema: ResponseSchema, page: { contents?: unknown[] }): string[] {
    return [
      ...this.errors('Page', page),
      ...(Array.isArray(page.contents) ? page.contents : ['contents missing']).flatMap((item, index) =>
        this.errors(itemSchema, item).map((error) => `contents[${index}]${error}`),
      ),
    ];
  }
}
