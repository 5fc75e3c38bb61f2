import { typeOf, type Operation, type Schema } from './openapi';
import { fillPath, idFor, validRequestOf, type Json, type RequestContext } from './valid-request';

// The requests the sweep sends: for each operation, one valid-shaped request (every free-text field carries a
// marker string, so a log line that repeats input can be found) and families of malformed variations of it.

export interface SweepRequest {
  /** `METHOD /template`. */
  readonly operation: string;
  /** The kind of malformation and where, e.g. `body:wrong-type:identifiers.0.value=number`: never a value. */
  readonly family: string;
  readonly method: string;
  /** Path and query string, encoded. */
  readonly url: string;
  readonly contentType?: string;
  readonly body?: string | Uint8Array;
}

type FieldPath = readonly (string | number)[];

interface Field {
  readonly path: FieldPath;
  readonly type: string;
  readonly required: boolean;
}

/** Path segments that are not valid ids, percent-encoded as sent. */
export const BAD_IDS: Readonly<Record<string, string>> = {
  word: 'not-a-uuid',
  zero: '0',
  negative: '-1',
  nul: 'a%00b',
  'uuid-plus-one': '0192f4c5-7a3e-7b8c-9d0e-1f2a3b4c5d6e7',
  'uuid-braced': '%7B0192f4c5-7a3e-7b8c-9d0e-1f2a3b4c5d6e%7D',
  long: 'x'.repeat(3_000),
  'bad-percent': '%E0%A4%A',
  'bad-utf8': '%FF%FE',
  traversal: '..%2F..%2Fetc',
  quote: "1'%20OR%20'1'%3D'1",
  unicode: '%EF%BC%95%EF%BC%95',
};

const DEEP = 5_000;
const HUGE_STRING = 'x'.repeat(300_000);

/** Every request of the sweep for one operation, the valid-shaped one first. */
export function requestsOf(operation: Operation, context: RequestContext): SweepRequest[] {
  const valid = validRequestOf(operation, context);
  const requests: SweepRequest[] = [];
  const add = (
    family: string,
    parts: {
      path?: string;
      query?: readonly (readonly [string, string])[];
      body?: string | Uint8Array;
      contentType?: string;
    },
  ): void => {
    const query = parts.query ?? valid.query;
    const body = 'body' in parts ? parts.body : valid.body === undefined ? undefined : JSON.stringify(valid.body);
    const contentType =
      'contentType' in parts ? parts.contentType : body === undefined ? undefined : 'application/json';
    requests.push({
      operation: operation.name,
      family,
      method: operation.method.toUpperCase(),
      url: `${parts.path ?? valid.path}${queryString(query)}`,
      ...(contentType ? { contentType } : {}),
      ...(body !== undefined ? { body } : {}),
    });
  };

  add('valid', {});

  for (const param of operation.pathParams) {
    for (const [kind, value] of Object.entries(BAD_IDS)) {
      const path = fillPath(operation, (name) =>
        name === param.name ? value : encodeURIComponent(idFor(operation, name, context)),
      );
      add(`path:bad-id:${param.name}=${kind}`, { path });
    }
  }

  for (const param of operation.queryParams) {
    const replace = (value: string) => valid.query.map(([k, v]) => [k, k === param.name ? value : v] as const);
    for (const [kind, value] of Object.entries(wrongQueryValues(param.schema ?? {}))) {
      add(`query:wrong-type:${param.name}=${kind}`, { query: replace(encodeURIComponent(value)) });
    }
    if (param.schema?.maximum !== undefined) {
      add(`query:beyond-maximum:${param.name}`, { query: replace(String(param.schema.maximum + 1)) });
    }
    add(`query:nul:${param.name}`, { query: replace('a%00b') });
    add(`query:empty:${param.name}`, { query: replace('') });
    add(`query:huge:${param.name}`, { query: replace('a'.repeat(10_000)) });
    add(`query:repeated:${param.name}`, { query: [...valid.query, [param.name, 'b']] });
  }
  add('query:unknown-parameter', { query: [...valid.query, ['zzz', '1']] });
  add('query:oversized', { query: [...valid.query, ['pad', 'a'.repeat(100_000)]] });

  if (valid.body !== undefined) bodyFamilies(operation, valid.body, add);
  return requests;
}

function bodyFamilies(
  operation: Operation,
  valid: Json,
  add: (family: string, parts: { body?: string | Uint8Array; contentType?: string }) => void,
): void {
  const json = (value: unknown) => ({ body: JSON.stringify(value) });
  add('body:deep-nesting:array', { body: `${'['.repeat(DEEP)}${']'.repeat(DEEP)}` });
  add('body:deep-nesting:object', { body: `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}` });
  const first = isObject(valid) ? Object.keys(valid)[0] : undefined;
  if (first) {
    const deep = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
    add('body:deep-nesting:in-field', { body: JSON.stringify(valid).replace(/^\{/, `{"${first}":${deep},`) });
  }
  add('body:nested-33-levels', { body: `${'['.repeat(33)}${']'.repeat(33)}` });
  for (const [kind, text] of Object.entries({
    truncated: '{"a":',
    'unclosed-brace': '{',
    'trailing-brace': '{"a":1}}',
    'single-quotes': "{'a':1}",
    'raw-nul': '{"a":"\u0000"}',
    'byte-order-mark': `\ufeff${JSON.stringify(valid)}`,
    'not-json': 'hello',
    empty: '',
  })) {
    add(`body:invalid-json:${kind}`, { body: text });
  }
  for (const [kind, value] of Object.entries({ array: [], null: null, string: 'x', number: 42, boolean: true })) {
    add(`body:top-level-${kind}`, json(value));
  }
  add('body:empty-object', json({}));
  add('body:extra-field', json({ ...(isObject(valid) ? valid : {}), unexpectedField: 1 }));
  add('body:proto-pollution', {
    body: JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"polluted":true},'),
  });
  add('body:constructor-pollution', json({ ...(isObject(valid) ? valid : {}), constructor: { prototype: { x: 1 } } }));
  add('body:too-large', json({ ...(isObject(valid) ? valid : {}), pad: 'x'.repeat(1_500_000) }));
  for (const [kind, contentType] of Object.entries({
    'text-plain': 'text/plain',
    xml: 'application/xml',
    form: 'application/x-www-form-urlencoded',
    multipart: 'multipart/form-data; boundary=x',
    'json-latin1': 'application/json; charset=latin1',
    'vendor-json': 'application/vnd.api+json',
  })) {
    add(`content-type:${kind}`, { body: JSON.stringify(valid), contentType });
  }
  add('content-type:none', { body: new TextEncoder().encode(JSON.stringify(valid)), contentType: undefined });

  for (const field of fieldsOf(operation.body ?? {}, valid)) {
    const name = field.path.join('.');
    const at = (value: unknown) => json(setAt(valid, field.path, value));
    if (field.required) add(`body:missing:${name}`, { body: JSON.stringify(deleteAt(valid, field.path)) });
    add(`body:null:${name}`, at(null));
    for (const [kind, value] of Object.entries(wrongBodyValues(field.type))) {
      add(`body:wrong-type:${name}=${kind}`, at(value));
    }
    if (field.type === 'string') {
      add(`body:empty-string:${name}`, at(''));
      add(`body:huge-string:${name}`, at(HUGE_STRING));
      add(`body:nul:${name}`, at('a\u0000b'));
      add(`body:lone-surrogate:${name}`, at('\ud800'));
    }
    if (field.type === 'array') {
      add(`body:huge-array:${name}`, at(new Array(100_000).fill(0)));
      const items = valueAt(valid, field.path);
      const item: unknown = Array.isArray(items) && items.length > 0 ? items[0] : 0;
      add(`body:long-array:${name}`, at(new Array(1_000).fill(item)));
    }
  }
}

function wrongBodyValues(type: string): Record<string, unknown> {
  switch (type) {
    case 'string':
      return { number: 12345, boolean: true, object: {}, array: ['x'] };
    case 'number':
    case 'integer':
      return { string: '12', word: 'abc', huge: 1e308, negative: -1, fraction: 1.5, 'beyond-safe': 2 ** 63 };
    case 'boolean':
      return { string: 'true', number: 1 };
    case 'array':
      return { string: 'x', object: {}, 'array-of-null': [null] };
    default:
      return { string: 'x', array: [], number: 1 };
  }
}

function wrongQueryValues(schema: Schema): Record<string, string> {
  const type = typeOf(schema);
  if (type === 'number' || type === 'integer') {
    return {
      word: 'abc',
      exponent: '1e20',
      negative: '-1',
      fraction: '1.5',
      'beyond-safe': '99999999999999999999999',
      infinity: 'Infinity',
      hex: '0x10',
    };
  }
  if (type === 'boolean') return { word: 'yes', number: '2' };
  if (schema.enum) return { 'not-in-enum': 'bogus' };
  switch (schema.format) {
    case 'uuid':
      return { word: 'not-a-uuid' };
    case 'date':
    case 'date-time':
      return { word: 'yesterday', 'out-of-range': '2026-13-45T99:99:99Z' };
    default:
      return { 'number-like': '12345' };
  }
}

/** The fields of a body down to three levels, each with its declared type, arrays by their first item. */
function fieldsOf(schema: Schema, value: Json, path: FieldPath = [], depth = 0): Field[] {
  if (depth > 3 || !isObject(value)) return [];
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]): Field[] => {
    const type = typeOf(child);
    const childPath = [...path, name];
    const own: Field = { path: childPath, type, required: (schema.required ?? []).includes(name) };
    const childValue = value[name];
    if (type === 'object' && childValue !== undefined) {
      return [own, ...fieldsOf(child, childValue, childPath, depth + 1)];
    }
    if (type === 'array' && child.items && Array.isArray(childValue) && childValue[0] !== undefined) {
      const items = typeOf(child.items);
      const itemPath = [...childPath, 0];
      return [
        own,
        ...(items === 'object'
          ? fieldsOf(child.items, childValue[0], itemPath, depth + 1)
          : [{ path: itemPath, type: items, required: false }]),
      ];
    }
    return [own];
  });
}

function queryString(query: readonly (readonly [string, string])[]): string {
  return query.length === 0 ? '' : `?${query.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&')}`;
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setAt(value: Json, path: FieldPath, replacement: unknown): Json {
  const copy = structuredClone(value);
  let target: Json = copy;
  for (const key of path.slice(0, -1)) target = (target as Record<string | number, Json>)[key] as Json;
  (target as Record<string | number, unknown>)[path[path.length - 1] as string | number] = replacement;
  return copy;
}

function valueAt(value: Json, path: FieldPath): unknown {
  let target: unknown = value;
  for (const key of path) target = (target as Record<string | number, unknown> | undefined)?.[key];
  return target;
}

function deleteAt(value: Json, path: FieldPath): Json {
  const copy = structuredClone(value);
  let target: Json = copy;
  for (const key of path.slice(0, -1)) target = (target as Record<string | number, Json>)[key] as Json;
  delete (target as Record<string | number, unknown>)[path[path.length - 1] as string | number];
  return copy;
}
