import { objectSchema, sealedPersonalSchema, type JsonSchema } from '@casemgmt/messaging';

// Building blocks of the JSON Schemas (draft-07) of care plan's published events, as Kafka carries them: `personal`
// only ever sealed.

export const id: JsonSchema = { type: 'string', minLength: 1 };
/** A calendar date, YYYY-MM-DD. */
export const date: JsonSchema = { type: 'string', format: 'date' };
/** An instant, ISO 8601 with its offset. */
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
/** Free text or names sealed with the client's key, or null once the client's personal data is erased. */
export const sealed = sealedPersonalSchema;
/** An object of exactly these properties, the `required` ones always present. */
export const object = objectSchema;
