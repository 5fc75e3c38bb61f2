import type { PublishedEventContract } from '@casemgmt/messaging';
import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  INFORMATION_CATEGORIES,
  REVOCATION_METHODS,
  SIGNER_KINDS,
} from './consent.types';

type JsonSchema = Readonly<Record<string, unknown>>;

const TEXT: JsonSchema = { type: 'string', minLength: 1 };
const DATE_TIME: JsonSchema = { type: 'string', format: 'date-time' };

/** Personal data as it travels: sealed with the client's key (see @casemgmt/personal-data), or null once shredded. */
const SEALED_OR_NULL: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      description: "AES-256-GCM under the client's data key",
      required: ['$sealed', 'keyId', 'iv', 'tag', 'ciphertext'],
      additionalProperties: false,
      properties: {
        $sealed: { const: 'A256GCM' },
        keyId: { type: 'string' },
        iv: { type: 'string' },
        tag: { type: 'string' },
        ciphertext: { type: 'string' },
      },
    },
    { type: 'null' },
  ],
};

const RECIPIENT: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'name'],
      additionalProperties: false,
      properties: { kind: { const: 'named' }, name: TEXT, organizationId: TEXT },
    },
    {
      type: 'object',
      required: ['kind', 'description', 'treatingProviderRelationship'],
      additionalProperties: false,
      properties: { kind: { const: 'class' }, description: TEXT, treatingProviderRelationship: { type: 'boolean' } },
    },
  ],
};

const EXPIRY: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'on'],
      additionalProperties: false,
      properties: {
        kind: { const: 'date' },
        on: { type: 'string', format: 'date', description: 'Last day, inclusive' },
      },
    },
    {
      type: 'object',
      required: ['kind', 'event'],
      additionalProperties: false,
      properties: { kind: { const: 'event' }, event: TEXT },
    },
  ],
};

/** What the consent aggregate publishes; `personal` fields go out sealed. */
export const CONSENT_PUBLISHED_EVENTS: readonly PublishedEventContract[] = [
  {
    type: 'ConsentRecorded',
    version: 1,
    summary: 'A written consent to disclose was recorded with every element 42 CFR §2.31 requires.',
    description:
      'Signature, representative name and notes are in `personal`, sealed with the client’s key. `redisclosureNotice` is the §2.32 statement to send with each disclosure.',
    schema: {
      type: 'object',
      required: [
        'consentId',
        'clientId',
        'discloser',
        'information',
        'recipients',
        'purpose',
        'purposeDescription',
        'rightToRevokeAcknowledged',
        'expiry',
        'signedAt',
        'signedBy',
        'redisclosureNotice',
        'effectiveFrom',
        'personal',
      ],
      additionalProperties: false,
      properties: {
        consentId: TEXT,
        clientId: TEXT,
        caseId: TEXT,
        discloser: {
          type: 'object',
          required: ['kind', 'name'],
          additionalProperties: false,
          properties: { kind: { enum: [...DISCLOSER_KINDS] }, name: TEXT, id: TEXT },
        },
        information: {
          type: 'object',
          required: ['categories', 'description'],
          additionalProperties: false,
          properties: {
            categories: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { enum: [...INFORMATION_CATEGORIES] },
            },
            description: TEXT,
          },
        },
        recipients: { type: 'array', minItems: 1, items: RECIPIENT },
        purpose: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...CONSENT_PURPOSES] } },
        purposeDescription: { type: ['string', 'null'] },
        rightToRevokeAcknowledged: { const: true },
        expiry: EXPIRY,
        signedAt: DATE_TIME,
        signedBy: { enum: [...SIGNER_KINDS] },
        redisclosureNotice: TEXT,
        effectiveFrom: DATE_TIME,
        personal: SEALED_OR_NULL,
      },
    },
  },
  {
    type: 'ConsentRevoked',
    version: 1,
    summary: 'The patient revoked a consent; it applies from revokedAt forward only.',
    description: 'The patient’s reason, if given, is in `personal`, sealed with the client’s key.',
    schema: {
      type: 'object',
      required: ['consentId', 'revokedAt', 'method', 'personal'],
      additionalProperties: false,
      properties: {
        consentId: TEXT,
        revokedAt: DATE_TIME,
        method: { enum: [...REVOCATION_METHODS] },
        personal: SEALED_OR_NULL,
      },
    },
  },
  {
    type: 'ConsentExpiryEventOccurred',
    version: 1,
    summary: 'The event an event-expiry consent ends on happened; the consent no longer applies from occurredAt.',
    schema: {
      type: 'object',
      required: ['consentId', 'event', 'occurredAt'],
      additionalProperties: false,
      properties: { consentId: TEXT, event: TEXT, occurredAt: DATE_TIME },
    },
  },
];
