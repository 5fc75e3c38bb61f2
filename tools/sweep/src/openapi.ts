// The parts of an OpenAPI 3 document the sweep reads: operations, their parameters and JSON request bodies.

export interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly example?: unknown;
  readonly default?: unknown;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
}

interface RawOperation {
  readonly operationId?: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, RawOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

export interface Operation {
  readonly method: Method;
  /** The path template, `/intake/cases/{id}`. */
  readonly path: string;
  /** `METHOD /path`, how the report names it. */
  readonly name: string;
  readonly pathParams: readonly Parameter[];
  readonly queryParams: readonly Parameter[];
  /** The JSON body's schema, references resolved at the top level. */
  readonly body?: Schema;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): Operation => {
      const raw = item[method] as RawOperation;
      const parameters = raw.parameters ?? [];
      const body = raw.requestBody?.content?.['application/json']?.schema;
      return {
        method,
        path,
        name: `${method.toUpperCase()} ${path}`,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        ...(body ? { body: dereference(document, body) } : {}),
      };
    }),
  );
}

/** Follows `$ref`s and merges `allOf` (NestJS writes a described reference as `allOf: [{ $ref }]`). */
export function resolve(document: OpenApiDocument, schema: Schema, seen = 0): Schema {
  if (seen > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name] ?? {};
    const { $ref: _ref, ...rest } = schema;
    return resolve(document, { ...target, ...rest }, seen + 1);
  }
  if (schema.allOf && schema.allOf.length > 0) {
    const { allOf, ...rest } = schema;
    return allOf.reduce<Schema>((merged, part) => {
      const resolved = resolve(document, part, seen + 1);
      return {
        ...merged,
        ...resolved,
        properties: { ...merged.properties, ...resolved.properties },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      };
    }, rest);
  }
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return resolve(document, variant, seen + 1);
  return schema;
}

/** The schema with every reference resolved, nested properties and items included (recursion cut at 8 levels). */
export function dereference(document: OpenApiDocument, schema: Schema, depth = 0): Schema {
  const resolved = resolve(document, schema);
  if (depth > 8) return { ...resolved, properties: {}, items: {} };
  return {
    ...resolved,
    ...(resolved.properties
      ? {
          properties: Object.fromEntries(
            Object.entries(resolved.properties).map(([name, child]) => [name, dereference(document, child, depth + 1)]),
          ),
        }
      : {}),
    ...(resolved.items ? { items: dereference(document, resolved.items, depth + 1) } : {}),
  };
}

export function typeOf(schema: Schema): string {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  // Some DTOs declare a nullable string as an object with a string's format or length.
  const stringLike = schema.format !== undefined || schema.maxLength !== undefined || schema.pattern !== undefined;
  if (type === 'object' && !schema.properties && stringLike) return 'string';
  const numberLike = schema.minimum !== undefined || schema.maximum !== undefined;
  if (type === 'object' && !schema.properties && numberLike) return 'number';
  if (typeof type === 'string') return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}
