import type {
  ConsentDiscloser,
  ConsentPurpose,
  InformationCategory,
  RevocationMethod,
  SignerKind,
} from './consent.types';

/**
 * Everything the consent form says in words, sealed with the client's key; `null` once the key is shredded. Only
 * codes, ids, dates and the organisation ids of recipients stay in clear (ADR 0014).
 */
export interface ConsentPersonal {
  readonly signatureName: string;
  readonly representativeName?: string;
  readonly notes?: string;
  readonly discloserName?: string;
  readonly informationDescription?: string;
  /** The name (named recipient) or description (class) of each recipient, in the order of `recipients`. */
  readonly recipientTexts?: readonly string[];
  readonly purposeDescription?: string;
  readonly expiryEvent?: string;
  readonly redisclosureNotice?: string;
}

/** A recipient as the event carries it in clear. Events stored before ADR 0014 carry the name or description too. */
export type RecordedRecipient =
  | { readonly kind: 'named'; readonly organizationId?: string; readonly name?: string }
  | { readonly kind: 'class'; readonly treatingProviderRelationship: boolean; readonly description?: string };

export type ConsentRecorded = {
  readonly type: 'ConsentRecorded';
  readonly data: {
    readonly consentId: string;
    readonly clientId: string;
    readonly caseId?: string;
    readonly discloser: {
      readonly kind: ConsentDiscloser['kind'];
      readonly id?: string;
      /** legacy */ readonly name?: string;
    };
    readonly information: {
      readonly categories: readonly InformationCategory[];
      /** legacy */ readonly description?: string;
    };
    readonly recipients: readonly RecordedRecipient[];
    readonly purpose: readonly ConsentPurpose[];
    /** Legacy (before ADR 0014), in clear. */
    readonly purposeDescription?: string | null;
    readonly rightToRevokeAcknowledged: true;
    readonly expiry:
      | { readonly kind: 'date'; readonly on: string }
      | { readonly kind: 'event'; /** legacy */ readonly event?: string };
    readonly signedAt: string;
    readonly signedBy: SignerKind;
    /** Legacy (before ADR 0014), in clear. */
    readonly redisclosureNotice?: string;
    readonly effectiveFrom: string;
    readonly personal: ConsentPersonal | null;
  };
};

/** The patient revoked the consent; it stops applying at `revokedAt` and never before. */
export type ConsentRevoked = {
  readonly type: 'ConsentRevoked';
  readonly data: {
    readonly consentId: string;
    readonly revokedAt: string;
    readonly method: RevocationMethod;
    /** The patient's reason is free text about them, so it is sealed like the rest of their personal data. */
    readonly personal: { readonly reason: string } | null;
  };
};
/** The event an event-expiry consent ends on has happened. */
export type ConsentExpiryEventOccurred = {
  readonly type: 'ConsentExpiryEventOccurred';
  readonly data: {
    readonly consentId: string;
    readonly occurredAt: string;
    /** Legacy (before ADR 0014): a copy of the consent's expiry event, in clear; the consent holds it sealed. */
    readonly event?: string;
  };
};

export type ConsentEvent = ConsentRecorded | ConsentRevoked | ConsentExpiryEventOccurred;

export const CONSENT_EVENT_TYPES = [
  'ConsentRecorded',
  'ConsentRevoked',
  'ConsentExpiryEventOccurred',
] as const satisfies readonly ConsentEvent['type'][];
