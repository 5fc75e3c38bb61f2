import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { allowNullOnNullableReferences } from './nullable-references';

const documentWith = (properties: Record<string, SchemaObject | ReferenceObject>): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '0' },
  paths: {},
  components: { schemas: { Answer: { type: 'object', properties } } },
});

const propertiesOf = (document: OpenAPIObject): unknown =>
  (document.components?.schemas?.['Answer'] as { properties: unknown }).properties;

describe('allowNullOnNullableReferences', () => {
  it('gives a nullable reference null as an alternative of its own, keeping its description', () => {
    const document = documentWith({
      personal: {
        description: 'Null once erased',
        nullable: true,
        type: 'object',
        allOf: [{ $ref: '#/components/schemas/Personal' }],
      },
    });
    expect(propertiesOf(allowNullOnNullableReferences(document))).toEqual({
      personal: {
        description: 'Null once erased',
        anyOf: [{ $ref: '#/components/schemas/Personal' }, { type: 'object', nullable: true, enum: [null] }],
      },
    });
  });

  it('leaves references that are not nullable, and nullable values of a type, as they are', () => {
    const properties = {
      contact: { description: 'How to reach them', allOf: [{ $ref: '#/components/schemas/Contact' }] },
      demographics: { $ref: '#/components/schemas/Demographics' },
      caseId: { type: 'string', nullable: true },
      merged: { nullable: true, allOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] },
    };
    expect(propertiesOf(allowNullOnNullableReferences(documentWith(properties)))).toEqual(properties);
  });
});
