import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  EXPIRY_KINDS,
  INFORMATION_CATEGORIES,
  PART_2_REDISCLOSURE_NOTICE,
  RECIPIENT_KINDS,
  SIGNER_KINDS,
  type ConsentDiscloser,
  type ConsentPurpose,
  type InformationCategory,
  type SignerKind,
} from '../../consent.types';
import { instant, pastInstant } from '../../consent-dates';
import type { ConsentForm, RecordConsent } from '../../consent.commands';
import { ConsentErrors } from '../../consent.errors';

/** A consent as the form gives it, every element present and readable. */
export interface FullRecord {
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
export type FullRecipient =
  | { readonly kind: 'named'; readonly name: string; readonly organizationId?: string }
  | { readonly kind: 'class'; readonly description: string; readonly treatingProviderRelationship: boolean };

// The required elements of a written consent, 42 CFR §2.31(a), checked in the order the regulation lists them.
export function recordedData(command: RecordConsent): FullRecord {
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
