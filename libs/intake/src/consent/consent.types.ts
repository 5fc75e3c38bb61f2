/** Kinds of information a consent may release (42 CFR §2.31(a)(3)); `all_records` covers every kind. */
export const INFORMATION_CATEGORIES = [
  'substance_use_disorder',
  'mental_health',
  'medical',
  'housing',
  'benefits',
  'demographics',
  'all_records',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

/** Purposes of the disclosure (§2.31(a)(5)). */
export const CONSENT_PURPOSES = [
  'treatment',
  'payment',
  'health_care_operations',
  'care_coordination',
  'referral',
  'other',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const DISCLOSER_KINDS = ['program', 'organization', 'person'] as const;
export const RECIPIENT_KINDS = ['named', 'class'] as const;
export const EXPIRY_KINDS = ['date', 'event'] as const;
export const SIGNER_KINDS = ['patient', 'guardian', 'authorized_representative'] as const;
export const REVOCATION_METHODS = ['written', 'oral'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];
export type RevocationMethod = (typeof REVOCATION_METHODS)[number];

/** Who may disclose (§2.31(a)(2)). */
export interface ConsentDiscloser {
  readonly kind: (typeof DISCLOSER_KINDS)[number];
  /** Null once the client's personal data is erased. */
  readonly name: string | null;
  readonly id?: string;
}

/** A recipient by name, or a class of recipients: a general designation (§2.31(a)(4)). */
export type ConsentRecipient =
  | {
      readonly kind: 'named';
      /** Null where it is not readable: erased, or in the read model, which keeps only its blind-index term. */
      readonly name: string | null;
      readonly organizationId?: string;
      /** The name's blind-index term (read model only): the in-force rule compares it to the requested name's. */
      readonly nameTerm?: string;
    }
  | {
      readonly kind: 'class';
      readonly description: string | null;
      readonly treatingProviderRelationship: boolean;
    };

/** When the consent ends: a calendar date (inclusive), or an event (from the moment it occurs). */
export type ConsentExpiry =
  | { readonly kind: 'date'; readonly on: string }
  /** The event is free text about the client: null where it is not readable. */
  | { readonly kind: 'event'; readonly event: string | null };

/**
 * What the in-force rule reads of a consent. A recorded consent's state is one, and so is a row of the
 * `intake.consent_directive` read model: both answer the same question the same way.
 */
export interface ConsentDirective {
  readonly consentId: string;
  readonly categories: readonly InformationCategory[];
  readonly purposes: readonly ConsentPurpose[];
  readonly recipients: readonly ConsentRecipient[];
  readonly signedAt: Date;
  readonly effectiveFrom: Date;
  readonly expiry: ConsentExpiry;
  readonly expiryEventOccurredAt: Date | null;
  readonly revokedAt: Date | null;
}

/**
 * The statement that must accompany each disclosure made with the patient's consent (42 CFR §2.32(a)(1), as
 * amended in 2024): recorded with each consent unless the agency records its own wording.
 */
export const PART_2_REDISCLOSURE_NOTICE =
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
  'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
  'State, or local authority, against the patient, unless authorized by the consent of the patient, except as ' +
  'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, ' +
  'the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of ' +
  'the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the ' +
  'individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. ' +
  '(ii) You are a covered entity or business associate and have received the record for treatment, payment, or ' +
  'health care operations, or (iii) You have received the record from a covered entity or business associate as ' +
  'permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other ' +
  'information is NOT sufficient to meet the required elements of written consent to further use or redisclose ' +
  'the record (see 42 CFR 2.31).';
