import type { JsonSchema, PublishedEventContract } from '@casemgmt/messaging';
import { IDENTIFIER_SYSTEMS, SEX_VALUES } from './client.types';

// JSON Schemas (draft-07) of the client events' data, as Kafka carries them: `personal` only ever sealed.

const id: JsonSchema = { type: 'string', minLength: 1 };
const reason: JsonSchema = { type: 'string', minLength: 1 };
const languageTag: JsonSchema = {
  type: 'string',
  pattern: '^(?:[A-Za-z]{2,3}|[A-Za-z]{4,8})(?:-[A-Za-z0-9]{1,8})*$',
  description: 'BCP-47 language tag',
};

/** Personal data as it leaves the service: AES-256-GCM under the client's own key, or null once erased. */
const SEALED_PERSONAL: JsonSchema = {
  oneOf: [
    { type: 'null', description: 'No personal data, or none readable any more' },
    {
      type: 'object',
      description:
        'Names, date of birth, identifiers and contact details, sealed with the client’s key (see ADR 0008); unreadable for good once the key is shredded',
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

const demographicsProperties: Readonly<Record<string, JsonSchema>> = {
  sex: { enum: [...SEX_VALUES] },
  genderIdentity: { type: 'string' },
  race: { type: 'array', items: { type: 'string' } },
  ethnicity: { type: 'string' },
  veteran: { type: 'boolean' },
};

const demographics: JsonSchema = { type: 'object', additionalProperties: false, properties: demographicsProperties };

// A correction clears a demographic field with null.
const demographicsCorrection: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: Object.fromEntries(
    Object.entries(demographicsProperties).map(([field, schema]) => [field, { oneOf: [schema, { type: 'null' }] }]),
  ),
};

function dataSchema(
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: Object.keys(required),
    properties: { ...required, ...optional },
  };
}

/** Published language of the Client aggregate (`intake.client-<id>` streams). The reason of a correction or merge is in the metadata. */
export const CLIENT_PUBLISHED_EVENTS: readonly PublishedEventContract[] = [
  {
    type: 'ClientRegistered',
    version: 1,
    summary: 'A client was registered, after a duplicate check; an override records why and over which candidates.',
    description: `Identifier systems inside the sealed personal data: ${IDENTIFIER_SYSTEMS.join(', ')}.`,
    schema: dataSchema(
      { clientId: id, personal: SEALED_PERSONAL, preferredLanguage: languageTag, demographics },
      {
        duplicateOverride: {
          type: 'object',
          additionalProperties: false,
          required: ['reason', 'candidateIds'],
          properties: { reason, candidateIds: { type: 'array', minItems: 1, items: id } },
        },
      },
    ),
  },
  {
    type: 'ClientDetailsCorrected',
    version: 1,
    summary: 'Details of a client were corrected; only corrected fields are carried, the reason is in metadata.reason.',
    schema: dataSchema(
      { clientId: id, personal: SEALED_PERSONAL },
      { preferredLanguage: languageTag, demographics: demographicsCorrection },
    ),
  },
  {
    type: 'ClientMerged',
    version: 1,
    summary: 'Another client was merged into this one (the survivor); the merged record is kept and refers here.',
    schema: dataSchema({ clientId: id, mergedClientId: id }),
  },
  {
    type: 'ClientMergedInto',
    version: 1,
    summary: 'This client was merged into a survivor: follow survivorId. Nothing of the record is deleted.',
    schema: dataSchema({ clientId: id, survivorId: id }),
  },
  {
    type: 'ClientPersonalDataErased',
    version: 1,
    summary:
      'The client’s key was shredded: every sealed personal field of the client is unreadable from now on, everywhere.',
    schema: dataSchema({ clientId: id, reason }),
  },
];
