import type { ConsentEvent, ConsentExpiryEventOccurred, ConsentRecorded, ConsentRevoked } from './consent.events';
import type {
  ConsentDirective,
  ConsentDiscloser,
  ConsentExpiry,
  ConsentPurpose,
  ConsentRecipient,
  InformationCategory,
  SignerKind,
} from './consent.types';

/** A consent as the worker recorded it, its sealed words opened (null where they cannot be read). */
export interface ConsentRecord {
  readonly consentId: string;
  readonly clientId: string;
  readonly caseId?: string;
  readonly discloser: ConsentDiscloser;
  readonly information: { readonly categories: readonly InformationCategory[]; readonly description: string | null };
  readonly recipients: readonly ConsentRecipient[];
  readonly purpose: readonly ConsentPurpose[];
  readonly purposeDescription: string | null;
  readonly rightToRevokeAcknowledged: true;
  readonly expiry: ConsentExpiry;
  readonly signedAt: string;
  readonly signedBy: SignerKind;
  readonly redisclosureNotice: string | null;
  readonly effectiveFrom: string;
  readonly personal: {
    readonly signatureName: string;
    readonly representativeName?: string;
    readonly notes?: string;
  } | null;
}

/** The record of a consent from either stored shape (words sealed, or in clear before ADR 0014). */
export function consentRecordOf(data: ConsentRecorded['data']): ConsentRecord {
  const personal = data.personal;
  const texts = personal?.recipientTexts;
  const recipients = data.recipients.map((recipient, index): ConsentRecipient => {
    const text = texts?.[index] ?? null;
    return recipient.kind === 'named'
      ? {
          kind: 'named',
          name: recipient.name ?? text,
          ...(recipient.organizationId !== undefined ? { organizationId: recipient.organizationId } : {}),
        }
      : {
          kind: 'class',
          description: recipient.description ?? text,
          treatingProviderRelationship: recipient.treatingProviderRelationship,
        };
  });
  return {
    consentId: data.consentId,
    clientId: data.clientId,
    ...(data.caseId !== undefined ? { caseId: data.caseId } : {}),
    discloser: {
      kind: data.discloser.kind,
      name: data.discloser.name ?? personal?.discloserName ?? null,
      ...(data.discloser.id !== undefined ? { id: data.discloser.id } : {}),
    },
    information: {
      categories: data.information.categories,
      description: data.information.description ?? personal?.informationDescription ?? null,
    },
    recipients,
    purpose: data.purpose,
    purposeDescription: data.purposeDescription ?? personal?.purposeDescription ?? null,
    rightToRevokeAcknowledged: true,
    expiry:
      data.expiry.kind === 'date'
        ? data.expiry
        : { kind: 'event', event: data.expiry.event ?? personal?.expiryEvent ?? null },
    signedAt: data.signedAt,
    signedBy: data.signedBy,
    redisclosureNotice: data.redisclosureNotice ?? personal?.redisclosureNotice ?? null,
    effectiveFrom: data.effectiveFrom,
    personal: personal
      ? {
          signatureName: personal.signatureName,
          ...(personal.representativeName !== undefined ? { representativeName: personal.representativeName } : {}),
          ...(personal.notes !== undefined ? { notes: personal.notes } : {}),
        }
      : null,
  };
}

/** A recorded consent: the terms the in-force rule reads, plus everything the form said. */
export interface RecordedConsentState extends ConsentDirective {
  readonly recorded: true;
  readonly record: ConsentRecord;
  readonly revocation: ConsentRevoked['data'] | null;
  readonly expiryEvent: ConsentExpiryEventOccurred['data'] | null;
}

export type ConsentState = { readonly recorded: false } | RecordedConsentState;

export const initialConsentState = (): ConsentState => ({ recorded: false });

export function evolveConsent(state: ConsentState, event: ConsentEvent): ConsentState {
  switch (event.type) {
    case 'ConsentRecorded': {
      const data = consentRecordOf(event.data);
      return {
        recorded: true,
        record: data,
        consentId: data.consentId,
        categories: data.information.categories,
        purposes: data.purpose,
        recipients: data.recipients,
        signedAt: new Date(data.signedAt),
        effectiveFrom: new Date(data.effectiveFrom),
        expiry: data.expiry,
        expiryEventOccurredAt: null,
        revokedAt: null,
        revocation: null,
        expiryEvent: null,
      };
    }
    case 'ConsentRevoked':
      if (!state.recorded) return state;
      return { ...state, revokedAt: new Date(event.data.revokedAt), revocation: event.data };
    case 'ConsentExpiryEventOccurred':
      if (!state.recorded) return state;
      return { ...state, expiryEventOccurredAt: new Date(event.data.occurredAt), expiryEvent: event.data };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown consent event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
