import {
  eventDataSchema,
  objectSchema,
  sealedPersonalSchema,
  type JsonSchema,
  type PublishedEventContract,
} from '@casemgmt/messaging';
import {
  DISCLOSABLE_FIELDS,
  FOLLOW_UP_RESULTS,
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  TARGET_WARNINGS,
  type ReferralEvent,
} from './referral.decider';

// JSON Schemas (draft-07) of the referral events' data, as Kafka carries them: `personal` only ever sealed.

const id: JsonSchema = { type: 'string', minLength: 1 };
const date: JsonSchema = { type: 'string', format: 'date' };
const status: JsonSchema = { enum: [...REFERRAL_STATUSES] };
const reason: JsonSchema = { enum: [...REFERRAL_REASONS] };
const onReferral = { referralId: id, caseId: id };
const note = { personal: sealedPersonalSchema('A note, or the text of an other reason') };

const schemas: Readonly<Record<ReferralEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  ReferralDrafted: {
    summary: 'A referral of a case’s need to a directory service at a location, pinned to the listing version seen.',
    sealed: [],
    schema: eventDataSchema({
      ...onReferral,
      program: id,
      need: id,
      goalId: { anyOf: [id, { type: 'null' }] },
      target: objectSchema({
        organizationId: id,
        serviceId: id,
        locationId: id,
        listingVersion: { type: 'integer', minimum: 1 },
      }),
      warnings: { type: 'array', items: { enum: [...TARGET_WARNINGS] }, uniqueItems: true },
      by: id,
    }),
  },
  ReferralRequested: {
    summary: 'The referral was sent to the receiving organisation (its disclosure is ReferralDisclosed).',
    sealed: [],
    schema: eventDataSchema({ ...onReferral, answerDueAt: { type: 'string', format: 'date-time' }, by: id }),
  },
  ReferralDisclosed: {
    summary:
      'Client data went to another organisation under a consent in force: recipient, fields, purpose, consent, notice.',
    description: 'What the accounting of disclosures lists (42 CFR §2.31–2.32, HIPAA §164.528).',
    sealed: ['values'],
    schema: eventDataSchema({
      ...onReferral,
      recipientOrganizationId: id,
      consentId: id,
      purpose: id,
      informationCategories: { type: 'array', items: id, uniqueItems: true, minItems: 1 },
      fields: { type: 'array', items: { enum: Object.keys(DISCLOSABLE_FIELDS) }, uniqueItems: true, minItems: 1 },
      redisclosureNotice: id,
      by: id,
      personal: sealedPersonalSchema('The values disclosed, field by field'),
    }),
  },
  ReferralConsentRevoked: {
    summary: 'The consent a disclosure was made under was revoked: nothing more is disclosed under it.',
    description:
      'Revocation never recalls what was disclosed (42 CFR §2.31(a)(6)); the receiving organisation is told.',
    sealed: [],
    schema: eventDataSchema({
      ...onReferral,
      recipientOrganizationId: id,
      consentId: id,
      revokedAt: { type: 'string', format: 'date-time' },
      by: id,
    }),
  },
  ReferralStatusChanged: {
    summary: 'A referral was accepted, started, put on hold, cancelled or marked entered in error.',
    sealed: ['note'],
    schema: eventDataSchema(
      {
        ...onReferral,
        from: status,
        to: { enum: ['accepted', 'in-progress', 'on-hold', 'cancelled', 'entered-in-error'] },
        party: { enum: ['requester', 'responder'] },
        by: id,
      },
      note,
    ),
  },
  ReferralRejected: {
    summary: 'The receiving organisation rejected the referral, with a reason code.',
    sealed: ['note'],
    schema: eventDataSchema({ ...onReferral, from: status, reason, by: id }, note),
  },
  ReferralFailed: {
    summary: 'The referral failed after it was accepted, with a reason code.',
    sealed: ['note'],
    schema: eventDataSchema({ ...onReferral, from: status, reason, by: id }, note),
  },
  ReferralCompleted: {
    summary: 'The service was delivered: when, and what (sealed).',
    sealed: ['outcome'],
    schema: eventDataSchema({
      ...onReferral,
      from: status,
      deliveredOn: date,
      followUpDueOn: date,
      by: id,
      personal: sealedPersonalSchema('What was delivered'),
    }),
  },
  ReferralFollowedUp: {
    summary: 'The client was asked whether the service helped: need met, partly met or not met.',
    sealed: ['note'],
    schema: eventDataSchema({ ...onReferral, result: { enum: [...FOLLOW_UP_RESULTS] }, by: id }, note),
  },
};

/** What referral publishes of its referrals: every event, version 1. */
export const REFERRAL_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
