import {
  eventDataSchema,
  sealedPersonalSchema,
  type JsonSchema,
  type PublishedEventContract,
} from '@casemgmt/messaging';
import { ERASURE_BASES } from './client.decider';
import { IDENTIFIER_SYSTEMS, SEX_VALUES } from './client.types';

// JSON Schemas (draft-07) of the client events' data, as Kafka carries them: `personal` only ever sealed.

const id: JsonSchema = { type: 'string', minLength: 1 };
const LEGACY = 'Only in events stored before ADR 0014, in clear; sealed in `personal` since.';
const legacyReason: JsonSchema = { type: 'string', minLength: 1, description: LEGACY };
const languageTag: JsonSchema = {
  type: 'string',
  pattern: '^(?:[A-Za-z]{2,3}|[A-Za-z]{4,8})(?:-[A-Za-z0-9]{1,8})*$',
  description: 'BCP-47 language tag',
};

const SEALED_PERSONAL = sealedPersonalSchema('The fields listed as sealed');

const demographicsProperties: Readonly<Record<string, JsonSchema>> = {
  sex: { enum: [...SEX_VALUES] },
  genderIdentity: { type: 'string' },
  race: { type: 'array', items: { type: 'string' } },
  ethnicity: { type: 'string' },
  veteran: { type: 'boolean' },
};

const demographics: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: LEGACY,
  properties: demographicsProperties,
};

// A correction clears a demographic field with null.
const demographicsCorrection: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: LEGACY,
  minProperties: 1,
  properties: Object.fromEntries(
    Object.entries(demographicsProperties).map(([field, schema]) => [field, { oneOf: [schema, { type: 'null' }] }]),
  ),
};

const PERSON = ['givenName', 'familyName', 'middleName', 'dateOfBirth', 'identifiers', 'contact'];
const legacyLanguage: JsonSchema = { ...languageTag, description: `BCP-47 language tag. ${LEGACY}` };

/** Published language of the Client aggregate (`intake.client-<id>` streams). */
export const CLIENT_PUBLISHED_EVENTS: readonly PublishedEventContract[] = [
  {
    type: 'ClientRegistered',
    version: 1,
    summary: 'A client was registered, after a duplicate check; an override records over which candidates.',
    description: `Identifier systems inside the sealed personal data: ${IDENTIFIER_SYSTEMS.join(', ')}. Demographics: sex (${SEX_VALUES.join(', ')}), gender identity, race, ethnicity, veteran.`,
    sealed: [...PERSON, 'preferredLanguage', 'demographics', 'duplicateOverrideReason'],
    schema: eventDataSchema(
      { clientId: id, personal: SEALED_PERSONAL },
      {
        duplicateOverride: {
          type: 'object',
          additionalProperties: false,
          required: ['candidateIds'],
          properties: { candidateIds: { type: 'array', minItems: 1, items: id }, reason: legacyReason },
        },
        preferredLanguage: legacyLanguage,
        demographics,
      },
    ),
  },
  {
    type: 'ClientDetailsCorrected',
    version: 1,
    summary: 'Details of a client were corrected; only the corrected fields are carried, with the reason, all sealed.',
    sealed: [...PERSON, 'preferredLanguage', 'demographics', 'reason'],
    schema: eventDataSchema(
      { clientId: id, personal: SEALED_PERSONAL },
      { preferredLanguage: legacyLanguage, demographics: demographicsCorrection },
    ),
  },
  {
    type: 'ClientMerged',
    version: 1,
    summary: 'Another client was merged into this one (the survivor); the merged record is kept and refers here.',
    sealed: ['reason'],
    schema: eventDataSchema({ clientId: id, mergedClientId: id }, { personal: SEALED_PERSONAL }),
  },
  {
    type: 'ClientMergedInto',
    version: 1,
    summary: 'This client was merged into a survivor: follow survivorId. Nothing of the record is deleted.',
    sealed: ['reason'],
    schema: eventDataSchema({ clientId: id, survivorId: id }, { personal: SEALED_PERSONAL }),
  },
  {
    type: 'ClientPersonalDataErased',
    version: 1,
    summary:
      'The client’s key was shredded: every sealed personal field of the client is unreadable from now on, everywhere.',
    description: 'The basis is a code: free text cannot be sealed with a key that no longer exists.',
    sealed: [],
    schema: eventDataSchema({ clientId: id }, { basis: { enum: [...ERASURE_BASES] }, reason: legacyReason }),
  },
];
