import type { JsonSchema } from '@casemgmt/messaging';

// Building blocks of the JSON Schemas (draft-07) of care plan's published events, as Kafka carries them: `personal`
// only ever sealed.

export const id: JsonSchema = { type: 'string', minLength: 1 };
/** A calendar date, YYYY-MM-DD. */
export const date: JsonSchema = { type: 'string', format: 'date' };
/** An instant, ISO 8601 with its offset. */
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };

/** Free text or names sealed with the client's key (ADR 0008), or null once the client's personal data is erased. */
export function sealed(contents: string): JsonSchema {
  return {
    oneOf: [
      { type: 'null', description: 'Unreadable: the client’s personal data was erased' },
      {
        type: 'object',
        description: `${contents}, sealed with the client’s key (AES-256-GCM, see ADR 0008 and ADR 0014)`,
        additionalProperties: false,
        required: ['$sealed', 'keyId', 'iv', 'tag', 'ciphertext'],
        properties: {
          $sealed: { const: 'A256GCM' },
          keyId: { type: 'string' },
          iv: { type: 'string', contentEncoding: 'base64' },
          tag: { type: 'string', contentEncoding: 'base64' },
          ciphertext: { type: 'string', contentEncoding: 'base64' },
        },
      },
    ],
  };
}

/** An object of exactly these properties, the `required` ones always present. */
export function object(
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(required),
    properties: { ...required, ...optional },
  };
}
