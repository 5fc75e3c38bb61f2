import { typeOf, type Operation, type Schema } from './openapi';

// The valid-shaped request of an operation: ids of records the sweep created, code-like examples kept, and a
// marker string in every free-text field, so a log line that repeats input can be found.

/** Ids of records the sweep created, by collection name (`cases`, `clients`, `organizations` ...). */
export interface Fixtures {
  idOf(collection: string): string | undefined;
}

/** Marker strings: every one contains {@link MARKER_STEM}, which no log line may contain. */
export const MARKER_STEM = 'Sweepmark';

export class Markers {
  private count = 0;
  next(): string {
    let n = this.count++;
    let letters = '';
    do {
      letters = String.fromCharCode(97 + (n % 26)) + letters;
      n = Math.floor(n / 26);
    } while (n > 0);
    return `${MARKER_STEM}${letters}`;
  }
}

export interface RequestContext {
  readonly fixtures: Fixtures;
  readonly markers: Markers;
  readonly uuid: () => string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The team in every token the sweep mints. */
export const TEAM = 'team-sweep';

// Fields whose validators ask for a shape the document does not publish as a pattern.
const WELL_KNOWN: Readonly<Record<string, string>> = {
  phone: '+1 510 555 0134',
  system: 'other',
  programId: 'adult-behavioral-health',
  teamId: TEAM,
};
/** The valid-shaped request of an operation: what every family varies. */
export function validRequestOf(
  operation: Operation,
  context: RequestContext,
): {
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  readonly body?: Json;
} {
  const path = fillPath(operation, (name) => encodeURIComponent(idFor(operation, name, context)));
  const query = operation.queryParams.map(
    (param) =>
      [param.name, encodeURIComponent(String(sample(param.schema ?? {}, param.name, operation, context)))] as const,
  );
  return {
    path,
    query,
    ...(operation.body ? { body: sample(operation.body, '', operation, context) } : {}),
  };
}

function sample(schema: Schema, name: string, operation: Operation, context: RequestContext, depth = 0): Json {
  const known = WELL_KNOWN[name];
  if (known !== undefined && (!schema.enum || schema.enum.includes(known))) return known;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0] as Json;
  const type = typeOf(schema);
  switch (type) {
    case 'string':
      return sampleString(schema, name, operation, context);
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, Math.ceil(schema.minimum ?? 1)), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array': {
      const item = sample(schema.items ?? {}, singular(name), operation, context, depth + 1);
      return new Array(Math.max(1, schema.minItems ?? 1)).fill(item) as Json[];
    }
    default: {
      if (schema.example !== undefined && !schema.properties) return schema.example as Json;
      if (depth > 6) return {};
      const required = schema.required ?? [];
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key, child]) => required.includes(key) || !opaque(child))
          .map(([key, child]) => [key, sample(child, key, operation, context, depth + 1)]),
      );
    }
  }
}

// An optional object or list of objects whose fields the document does not describe: left out of the valid shape.
function opaque(schema: Schema): boolean {
  const type = typeOf(schema);
  if (type === 'object') return !schema.properties && schema.example === undefined;
  return type === 'array' && typeOf(schema.items ?? {}) === 'object' && !schema.items?.properties;
}

function sampleString(schema: Schema, name: string, operation: Operation, context: RequestContext): string {
  switch (schema.format) {
    case 'uuid':
      return idFor(operation, name, context);
    case 'date':
      return typeof schema.example === 'string' ? schema.example : '1984-07-12';
    case 'date-time':
      return new Date().toISOString();
    case 'email':
      return `${context.markers.next().toLowerCase()}@example.org`;
    case 'uri':
    case 'url':
      return `https://example.org/${context.markers.next()}`;
    default:
      break;
  }
  // A short code-like example (a language tag, a program id) is kept; free text carries a marker.
  if (typeof schema.example === 'string' && schema.example.length <= 12 && !schema.example.includes(' ')) {
    return schema.example;
  }
  const marker = context.markers.next();
  const padded = marker.padEnd(schema.minLength ?? 0, 'x');
  return schema.maxLength !== undefined ? padded.slice(0, Math.max(schema.maxLength, 0)) : padded;
}

/**
 * A UUID for a field or path parameter: the id of a record the sweep created in the matching collection (`caseId`
 * or `/cases/{id}` → `cases`), else a fresh one. The operation's own collection gets a fresh id (a new record).
 */
export function idFor(operation: Operation, name: string, context: RequestContext): string {
  const segments = operation.path.split('/').filter(Boolean);
  const own = operation.pathParams.length === 0 ? segments.at(-1) : undefined;
  const before = segments[segments.indexOf(`{${name}}`) - 1];
  const collection =
    name === 'id' && before ? before : name.endsWith('Id') || name.endsWith('_id') ? plural(name) : undefined;
  if (!collection || (name !== 'id' && collection === own) || (name === 'id' && !before)) return context.uuid();
  return context.fixtures.idOf(collection) ?? context.uuid();
}

function plural(name: string): string {
  const stem = name.replace(/(Id|_id)$/, '');
  return stem.endsWith('s') ? stem : `${stem}s`;
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

export function fillPath(operation: Operation, value: (name: string) => string): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => value(name));
}
