import type { OpenAPIObject } from '@nestjs/swagger';

// `@ApiProperty({ type: SomeDto, nullable: true })` comes out as `{ nullable: true, type: 'object', allOf: [{ $ref }] }`,
// which refuses null all the same: by OpenAPI 3.0.3, `nullable` widens only the `type` beside it, and the referenced
// schema keeps its own. Such a schema is rewritten with null as an alternative of its own, its other keywords kept.
const NULL_ALTERNATIVE = { type: 'object', nullable: true, enum: [null] } as const;

/** The document with every nullable reference to a schema accepting null, as its DTO says. */
export function allowNullOnNullableReferences(document: OpenAPIObject): OpenAPIObject {
  return rewrite(document) as OpenAPIObject;
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value)]));
  const { nullable, type: _type, allOf, ...rest } = copy;
  const [only, ...others] = Array.isArray(allOf) ? (allOf as unknown[]) : [];
  if (nullable !== true || others.length > 0 || !isReference(only)) return copy;
  return { ...rest, anyOf: [only, NULL_ALTERNATIVE] };
}

function isReference(node: unknown): node is { $ref: string } {
  return typeof node === 'object' && node !== null && Object.keys(node).length === 1 && '$ref' in node;
}
