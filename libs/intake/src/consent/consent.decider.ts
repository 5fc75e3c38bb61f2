import type { Command, Decider } from '@casemgmt/decider';
import { ConsentErrors } from './consent.errors';
import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  EXPIRY_KINDS,
  INFORMATION_CATEGORIES,
  PART_2_REDISCLOSURE_NOTICE,
  RECIPIENT_KINDS,
  REVOCATION_METHODS,
  SIGNER_KINDS,
  type ConsentDirective,
  type ConsentDiscloser,
  type ConsentExpiry,
  type ConsentPurpose,
  type ConsentRecipient,
  type InformationCategory,
  type RevocationMethod,
  type SignerKind,
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

export type RecordConsent = Command<
  'RecordConsent',
  { readonly consentId: string; readonly clientId: string; readonly caseId?: string; readonly form: ConsentForm }
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

// Signatures, revocations and expiry events record what has happened; a little clock skew between the worker's
// device and the server is not an error.
const CLOCK_SKEW_MS = 5 * 60_000;

export function decideConsent(command: ConsentCommand, state: ConsentState): ConsentEvent[] {
  const { consentId } = command.data;
  switch (command.type) {
    case 'RecordConsent':
      if (state.recorded) throw ConsentErrors.alreadyRecorded(consentId);
      return [{ type: 'ConsentRecorded', data: sealedRecord(recordedData(command)) }];
    case 'RevokeConsent': {
      if (!state.recorded) throw ConsentErrors.notFound(consentId);
      if (state.revocation) throw ConsentErrors.alreadyRevoked(consentId, state.revocation.revokedAt);
      if (!(REVOCATION_METHODS as readonly string[]).includes(command.data.method)) {
        throw ConsentErrors.incomplete('method', `is one of ${REVOCATION_METHODS.join(', ')}`);
      }
      const revokedAt = pastInstant('revokedAt', command.data.revokedAt, command.metadata.now);
      if (revokedAt.getTime() < state.signedAt.getTime()) {
        throw ConsentErrors.revokedBeforeSigned(consentId, revokedAt.toISOString(), state.record.signedAt);
      }
      const reason = command.data.reason?.trim();
      return [
        {
          type: 'ConsentRevoked',
          data: {
            consentId,
            revokedAt: revokedAt.toISOString(),
            method: command.data.method,
            personal: reason ? { reason } : null,
          },
        },
      ];
    }
    case 'RecordConsentExpiryEvent': {
      if (!state.recorded) throw ConsentErrors.notFound(consentId);
      if (state.expiry.kind !== 'event') throw ConsentErrors.notEventExpiry(consentId);
      if (state.expiryEvent) throw ConsentErrors.expiryEventAlreadyRecorded(consentId, state.expiryEvent.occurredAt);
      const occurredAt = pastInstant('occurredAt', command.data.occurredAt, command.metadata.now);
      if (occurredAt.getTime() < state.signedAt.getTime()) {
        throw ConsentErrors.invalid('occurredAt', 'the expiry event cannot precede the signature of the consent');
      }
      return [
        {
          type: 'ConsentExpiryEventOccurred',
          data: { consentId, occurredAt: occurredAt.toISOString() },
        },
      ];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown consent command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

export const consentDecider: Decider<ConsentCommand, ConsentEvent, ConsentState> = {
  decide: decideConsent,
  evolve: evolveConsent,
  initialState: initialConsentState,
};

/** The event's data: codes, ids and dates in clear, every word of the form in `personal`. */
function sealedRecord(record: FullRecord): ConsentRecorded['data'] {
  const { discloser, information, recipients, purposeDescription, expiry, redisclosureNotice, personal } = record;
  return {
    consentId: record.consentId,
    clientId: record.clientId,
    ...(record.caseId !== undefined ? { caseId: record.caseId } : {}),
    discloser: { kind: discloser.kind, ...(discloser.id !== undefined ? { id: discloser.id } : {}) },
    information: { categories: information.categories },
    recipients: recipients.map((recipient) =>
      recipient.kind === 'named'
        ? {
            kind: 'named',
            ...(recipient.organizationId !== undefined ? { organizationId: recipient.organizationId } : {}),
          }
        : { kind: 'class', treatingProviderRelationship: recipient.treatingProviderRelationship },
    ),
    purpose: record.purpose,
    rightToRevokeAcknowledged: true,
    expiry: expiry.kind === 'date' ? expiry : { kind: 'event' },
    signedAt: record.signedAt,
    signedBy: record.signedBy,
    effectiveFrom: record.effectiveFrom,
    personal: {
      ...personal,
      discloserName: discloser.name,
      informationDescription: information.description,
      recipientTexts: recipients.map((recipient) =>
        recipient.kind === 'named' ? recipient.name : recipient.description,
      ),
      ...(purposeDescription !== null ? { purposeDescription } : {}),
      ...(expiry.kind === 'event' ? { expiryEvent: expiry.event } : {}),
      redisclosureNotice,
    },
  };
}

/** A consent as the form gives it, every element present and readable. */
interface FullRecord {
  readonly consentId: string;
  readonly clientId: string;
  readonly caseId?: string;
  readonly discloser: { readonly kind: ConsentDiscloser['kind']; readonly name: string; readonly id?: string };
  readonly information: { readonly categories: readonly InformationCategory[]; readonly description: string };
  readonly recipients: readonly FullRecipient[];
  readonly purpose: readonly ConsentPurpose[];
  readonly purposeDescription: string | null;
  readonly rightToRevokeAcknowledged: true;
  readonly expiry: { readonly kind: 'date'; readonly on: string } | { readonly kind: 'event'; readonly event: string };
  readonly signedAt: string;
  readonly signedBy: SignerKind;
  readonly redisclosureNotice: string;
  readonly effectiveFrom: string;
  readonly personal: { readonly signatureName: string; readonly representativeName?: string; readonly notes?: string };
}
type FullRecipient =
  | { readonly kind: 'named'; readonly name: string; readonly organizationId?: string }
  | { readonly kind: 'class'; readonly description: string; readonly treatingProviderRelationship: boolean };

// The required elements of a written consent, 42 CFR §2.31(a), checked in the order the regulation lists them.
function recordedData(command: RecordConsent): FullRecord {
  const { consentId, clientId, caseId, form } = command.data;
  if (!present(clientId)) throw ConsentErrors.incomplete('clientId', 'the patient is required (§2.31(a)(1))');
  const discloser = discloserOf(form);
  const information = informationOf(form);
  const recipients = recipientsOf(form, information.categories);
  const purpose = purposeOf(form);
  const purposeDescription = form.purposeDescription?.trim() || null;
  if (purpose.includes('other') && purposeDescription === null) {
    throw ConsentErrors.incomplete('purposeDescription', "describes the purpose when it is 'other' (§2.31(a)(5))");
  }
  if (form.rightToRevokeAcknowledged !== true) {
    throw ConsentErrors.incomplete(
      'rightToRevokeAcknowledged',
      'the patient must be told of the right to revoke the consent (§2.31(a)(6))',
    );
  }
  const expiry = expiryOf(form);
  if (!present(form.signedBy)) throw ConsentErrors.incomplete('signedBy', 'who signed is required (§2.31(a)(8))');
  if (!(SIGNER_KINDS as readonly string[]).includes(form.signedBy)) {
    throw ConsentErrors.invalid('signedBy', `is one of ${SIGNER_KINDS.join(', ')}`);
  }
  const signedBy = form.signedBy as SignerKind;
  const personal = personalOf(form, signedBy);
  if (!present(form.signedAt))
    throw ConsentErrors.incomplete('signedAt', 'the date of signature is required (§2.31(a)(9))');
  const signedAt = pastInstant('signedAt', form.signedAt, command.metadata.now);
  const effectiveFrom = form.effectiveFrom === undefined ? signedAt : instant('effectiveFrom', form.effectiveFrom);
  if (effectiveFrom.getTime() < signedAt.getTime()) {
    throw ConsentErrors.invalid('effectiveFrom', 'a consent cannot take effect before it is signed');
  }
  // The last instant a calendar date exists anywhere (UTC-12): earlier than that, the consent would end before it
  // began in every time zone.
  if (expiry.kind === 'date' && new Date(`${expiry.on}T23:59:59.999-12:00`).getTime() < effectiveFrom.getTime()) {
    throw ConsentErrors.invalid('expiry.on', 'the consent would expire before it takes effect');
  }
  const redisclosureNotice = form.redisclosureNotice?.trim() || PART_2_REDISCLOSURE_NOTICE;
  return {
    consentId,
    clientId,
    ...(caseId ? { caseId } : {}),
    discloser,
    information,
    recipients,
    purpose,
    purposeDescription,
    rightToRevokeAcknowledged: true,
    expiry,
    signedAt: signedAt.toISOString(),
    signedBy,
    redisclosureNotice,
    effectiveFrom: effectiveFrom.toISOString(),
    personal,
  };
}

function discloserOf(form: ConsentForm): FullRecord['discloser'] {
  const discloser = form.discloser;
  if (!discloser) throw ConsentErrors.incomplete('discloser', 'who may disclose is required (§2.31(a)(2))');
  if (!present(discloser.kind) || !(DISCLOSER_KINDS as readonly string[]).includes(discloser.kind)) {
    throw ConsentErrors.incomplete('discloser.kind', `is one of ${DISCLOSER_KINDS.join(', ')}`);
  }
  if (!present(discloser.name))
    throw ConsentErrors.incomplete('discloser.name', 'names who may disclose (§2.31(a)(2))');
  return {
    kind: discloser.kind as ConsentDiscloser['kind'],
    name: discloser.name.trim(),
    ...(present(discloser.id) ? { id: discloser.id.trim() } : {}),
  };
}

function informationOf(form: ConsentForm): FullRecord['information'] {
  const categories = form.information?.categories ?? [];
  if (categories.length === 0) {
    throw ConsentErrors.incomplete('information.categories', 'what kind of information is required (§2.31(a)(3))');
  }
  const unknown = categories.find((category) => !(INFORMATION_CATEGORIES as readonly string[]).includes(category));
  if (unknown !== undefined) {
    throw ConsentErrors.invalid(
      'information.categories',
      `${unknown} is not one of ${INFORMATION_CATEGORIES.join(', ')}`,
    );
  }
  const description = form.information?.description;
  if (!present(description)) {
    throw ConsentErrors.incomplete(
      'information.description',
      'how much and what information is required (§2.31(a)(3))',
    );
  }
  return { categories: unique(categories as InformationCategory[]), description: description.trim() };
}

function recipientsOf(form: ConsentForm, categories: readonly InformationCategory[]): FullRecipient[] {
  const recipients = form.recipients ?? [];
  if (recipients.length === 0) {
    throw ConsentErrors.incomplete('recipients', 'the recipients, by name or class, are required (§2.31(a)(4))');
  }
  const sud = categories.includes('substance_use_disorder') || categories.includes('all_records');
  return recipients.map((recipient, index): FullRecipient => {
    const at = `recipients.${index}`;
    if (!present(recipient.kind) || !(RECIPIENT_KINDS as readonly string[]).includes(recipient.kind)) {
      throw ConsentErrors.incomplete(`${at}.kind`, `is one of ${RECIPIENT_KINDS.join(', ')}`);
    }
    if (recipient.kind === 'named') {
      if (!present(recipient.name)) throw ConsentErrors.incomplete(`${at}.name`, 'names the recipient');
      return {
        kind: 'named',
        name: recipient.name.trim(),
        ...(present(recipient.organizationId) ? { organizationId: recipient.organizationId.trim() } : {}),
      };
    }
    if (!present(recipient.description)) throw ConsentErrors.incomplete(`${at}.description`, 'describes the class');
    if (typeof recipient.treatingProviderRelationship !== 'boolean') {
      throw ConsentErrors.incomplete(
        `${at}.treatingProviderRelationship`,
        'says whether the class has a treating provider relationship with the patient',
      );
    }
    if (sud && !recipient.treatingProviderRelationship) throw ConsentErrors.sudClassWithoutTreatingRelationship(at);
    return {
      kind: 'class',
      description: recipient.description.trim(),
      treatingProviderRelationship: recipient.treatingProviderRelationship,
    };
  });
}

function purposeOf(form: ConsentForm): ConsentPurpose[] {
  const purpose = form.purpose ?? [];
  if (purpose.length === 0)
    throw ConsentErrors.incomplete('purpose', 'the purpose of the disclosure is required (§2.31(a)(5))');
  const unknown = purpose.find((value) => !(CONSENT_PURPOSES as readonly string[]).includes(value));
  if (unknown !== undefined) {
    throw ConsentErrors.invalid('purpose', `${unknown} is not one of ${CONSENT_PURPOSES.join(', ')}`);
  }
  return unique(purpose as ConsentPurpose[]);
}

function expiryOf(form: ConsentForm): FullRecord['expiry'] {
  const expiry = form.expiry;
  if (!expiry) throw ConsentErrors.incomplete('expiry', 'an expiration date or event is required (§2.31(a)(7))');
  if (!present(expiry.kind) || !(EXPIRY_KINDS as readonly string[]).includes(expiry.kind)) {
    throw ConsentErrors.incomplete('expiry.kind', `is one of ${EXPIRY_KINDS.join(', ')}`);
  }
  if (expiry.kind === 'event') {
    if (!present(expiry.event)) throw ConsentErrors.incomplete('expiry.event', 'names the event the consent ends on');
    return { kind: 'event', event: expiry.event.trim() };
  }
  if (!present(expiry.on)) throw ConsentErrors.incomplete('expiry.on', 'gives the date the consent ends on');
  if (!isCalendarDate(expiry.on)) throw ConsentErrors.invalid('expiry.on', 'is a date, YYYY-MM-DD');
  return { kind: 'date', on: expiry.on };
}

function personalOf(form: ConsentForm, signedBy: SignerKind): FullRecord['personal'] {
  const personal = form.personal;
  if (!present(personal?.signatureName)) {
    throw ConsentErrors.incomplete('personal.signatureName', 'the signature is required (§2.31(a)(8))');
  }
  const representativeName = personal?.representativeName?.trim();
  if (signedBy !== 'patient' && !representativeName) {
    throw ConsentErrors.incomplete(
      'personal.representativeName',
      'names the person who signed for the patient (§2.31(a)(8))',
    );
  }
  const notes = personal?.notes?.trim();
  return {
    signatureName: personal.signatureName.trim(),
    ...(representativeName ? { representativeName } : {}),
    ...(notes ? { notes } : {}),
  };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(element: string, value: string): Date {
  const parsed = new Date(value);
  if (!DATE_TIME.test(value) || Number.isNaN(parsed.getTime())) {
    throw ConsentErrors.invalid(element, 'is an ISO 8601 date-time with an offset');
  }
  return parsed;
}

/** An instant that has already happened (within clock skew); `now` when not given. */
function pastInstant(element: string, value: string | undefined, now: Date): Date {
  const parsed = value === undefined ? now : instant(element, value);
  if (parsed.getTime() > now.getTime() + CLOCK_SKEW_MS) throw ConsentErrors.invalid(element, 'cannot be in the future');
  return parsed;
}

/** `YYYY-MM-DD` naming a day that exists. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function present(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
