import { sealedPersonalSchema, type JsonSchema, type PublishedEventContract } from '@casemgmt/messaging';
import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  INFORMATION_CATEGORIES,
  REVOCATION_METHODS,
  SIGNER_KINDS,
} from './consent.types';

const TEXT: JsonSchema = { type: 'string', minLength: 1 };
const LEGACY = 'Only in events stored before ADR 0014, in clear; sealed in `personal` since.';
const LEGACY_TEXT: JsonSchema = { ...TEXT, description: LEGACY };
const DATE_TIME: JsonSchema = { type: 'string', format: 'date-time' };

const SEALED_OR_NULL = sealedPersonalSchema('The fields listed as sealed');

const RECIPIENT: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: { kind: { const: 'named' }, organizationId: TEXT, name: LEGACY_TEXT },
    },
    {
      type: 'object',
      required: ['kind', 'treatingProviderRelationship'],
      additionalProperties: false,
      properties: {
        kind: { const: 'class' },
        treatingProviderRelationship: { type: 'boolean' },
        description: LEGACY_TEXT,
      },
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
      required: ['kind'],
      additionalProperties: false,
      properties: { kind: { const: 'event' }, event: LEGACY_TEXT },
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
      'Every word of the form is in `personal`, sealed with the client’s key: what is in clear (categories, purposes, recipients’ kinds and organisation ids, dates, expiry kind) is what an in-force decision needs. recipientTexts holds the name or description of each recipient, in the order of recipients; redisclosureNotice is the §2.32 statement to send with each disclosure.',
    sealed: [
      'signatureName',
      'representativeName',
      'notes',
      'discloserName',
      'informationDescription',
      'recipientTexts',
      'purposeDescription',
      'expiryEvent',
      'redisclosureNotice',
    ],
    schema: {
      type: 'object',
      required: [
        'consentId',
        'clientId',
        'discloser',
        'information',
        'recipients',
        'purpose',
        'rightToRevokeAcknowledged',
        'expiry',
        'signedAt',
        'signedBy',
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
          required: ['kind'],
          additionalProperties: false,
          properties: { kind: { enum: [...DISCLOSER_KINDS] }, id: TEXT, name: LEGACY_TEXT },
        },
        information: {
          type: 'object',
          required: ['categories'],
          additionalProperties: false,
          properties: {
            categories: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { enum: [...INFORMATION_CATEGORIES] },
            },
            description: LEGACY_TEXT,
          },
        },
        recipients: { type: 'array', minItems: 1, items: RECIPIENT },
        purpose: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...CONSENT_PURPOSES] } },
        purposeDescription: { type: ['string', 'null'], description: LEGACY },
        rightToRevokeAcknowledged: { const: true },
        expiry: EXPIRY,
        signedAt: DATE_TIME,
        signedBy: { enum: [...SIGNER_KINDS] },
        redisclosureNotice: LEGACY_TEXT,
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
    sealed: ['reason'],
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
    description: 'What the event was is sealed in the consent’s ConsentRecorded.',
    sealed: [],
    schema: {
      type: 'object',
      required: ['consentId', 'occurredAt'],
      additionalProperties: false,
      properties: { consentId: TEXT, occurredAt: DATE_TIME, event: LEGACY_TEXT },
    },
  },
];
