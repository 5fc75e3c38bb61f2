import Ajv, { type AnySchema, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { readonly responses?: Record<string, OpenApiResponse> }>>;
  readonly components?: { readonly schemas?: Record<string, unknown> };
}

interface OpenApiResponse {
  readonly content?: Record<string, { readonly schema?: unknown }>;
}

/**
 * What is wrong with a JSON answer, measured against what the app's OpenAPI document says the route answers: empty
 * when it matches. Objects are closed: a field the document does not list is a problem too, so the document cannot
 * fall behind the answer in either direction.
 */
export function openApiAnswerProblems(
  document: unknown,
  route: {
    readonly method: string;
    readonly path: string;
    readonly status?: number;
    /** The content type answered; JSON unless told (a FHIR Bundle is `application/fhir+json`). */
    readonly contentType?: string;
  },
  body: unknown,
): string[] {
  const closed = closeObjects(document) as OpenApiDocument;
  const status = String(route.status ?? 200);
  const response = closed.paths[route.path]?.[route.method.toLowerCase()]?.responses?.[status];
  const contentType = route.contentType ?? 'application/json';
  const schema = response?.content?.[contentType]?.schema;
  if (schema === undefined) {
    return [`${route.method} ${route.path} ${status}: the document gives no ${contentType} schema`];
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: closed.components ?? {} }, 'openapi.json');
  const validate = ajv.compile(rebase(schema) as AnySchema);
  return validate(body) ? [] : (validate.errors ?? []).map(describe);
}

// Every object schema with listed properties accepts no others.
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closeObjects(value)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy['additionalProperties'] = false;
  return copy;
}

// References within the document point into the schema registered as openapi.json.
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi.json${value}` : rebase(value),
    ]),
  );
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(the answer)';
  const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}
