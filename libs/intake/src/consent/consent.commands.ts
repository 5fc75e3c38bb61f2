import type { Command } from '@casemgmt/decider';
import type { CaseScope } from '../case/case-access.policy';
import type { ClientStanding } from '../client/client-standing';
import type { RevocationMethod } from './consent.types';

/** A recipient as a request gives it: which fields apply depends on `kind`, and the decider checks them. */
export interface RecipientInput {
  readonly kind?: string;
  readonly name?: string;
  readonly organizationId?: string;
  readonly description?: string;
  readonly treatingProviderRelationship?: boolean;
}

/**
 * The consent form as a worker enters it. Every §2.31 element is optional here so that the decider, not the
 * transport, says which one is missing (`INTAKE.CONSENT_INCOMPLETE`).
 */
export interface ConsentForm {
  readonly discloser?: { readonly kind?: string; readonly name?: string; readonly id?: string };
  readonly information?: { readonly categories?: readonly string[]; readonly description?: string };
  readonly recipients?: readonly RecipientInput[];
  readonly purpose?: readonly string[];
  readonly purposeDescription?: string;
  readonly rightToRevokeAcknowledged?: boolean;
  readonly expiry?: { readonly kind?: string; readonly on?: string; readonly event?: string };
  readonly signedAt?: string;
  readonly signedBy?: string;
  readonly redisclosureNotice?: string;
  /** Defaults to `signedAt`. */
  readonly effectiveFrom?: string;
  readonly personal?: {
    readonly signatureName?: string;
    readonly representativeName?: string;
    readonly notes?: string;
  };
}

/**
 * What recording a consent needs beyond its own stream, read by the handler: the client as its stream tells it, the
 * role the actor may change the client under as intake's case read model scopes it (undefined: out of scope, ADR
 * 0012), and the case named with the consent as its stream tells it.
 */
export interface RecordConsentContext {
  readonly client: ClientStanding;
  readonly clientWriteRole: string | undefined;
  /** Present when the consent names a case. */
  readonly namedCase?: NamedCase;
}

/** What recording a consent needs to know of the case named with it: whose case it is, and who may reach it. */
export type NamedCase = { readonly exists: false } | (CaseScope & { readonly exists: true; readonly clientId: string });

export type RecordConsent = Command<
  'RecordConsent',
  {
    readonly consentId: string;
    readonly clientId: string;
    readonly caseId?: string;
    readonly form: ConsentForm;
    /** Null when no client is named: nothing was read, and the decider names the missing element. */
    readonly context: RecordConsentContext | null;
  }
>;
export type RevokeConsent = Command<
  'RevokeConsent',
  {
    readonly consentId: string;
    /** Defaults to the time the command is handled. */
    readonly revokedAt?: string;
    readonly method: RevocationMethod;
    readonly reason?: string;
  }
>;
export type RecordConsentExpiryEvent = Command<
  'RecordConsentExpiryEvent',
  { readonly consentId: string; /** Defaults to the time the command is handled. */ readonly occurredAt?: string }
>;

export type ConsentCommand = RecordConsent | RevokeConsent | RecordConsentExpiryEvent;
