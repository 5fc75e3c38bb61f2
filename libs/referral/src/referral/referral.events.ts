// The events of a referral: the closed loop with a community provider, in the HL7 SDOH Clinical Care ("Gravity")
// Task statuses. Free text travels in `personal`, sealed with the client's key; it reads as null once the key is
// shredded.

/** Gravity's Task statuses, as a referral moves through them. */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'cancelled',
  'entered-in-error',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Who moves a referral: the agency that sends it, or the organisation that receives it. */
export type ReferralParty = 'requester' | 'responder';

/** Why a referral was rejected or failed. */
export const REFERRAL_REASONS = [
  'client_refused_services',
  'lack_of_capacity',
  'services_no_longer_needed',
  'unable_to_contact_client',
  'unable_to_contact_organization',
  'not_eligible',
  'other',
] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** What the client says of a completed referral at the follow-up. */
export const FOLLOW_UP_RESULTS = ['need_met', 'need_partly_met', 'need_not_met'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/** What the worker was warned of when they chose the target, without being refused. */
export const TARGET_WARNINGS = ['service_temporarily_closed', 'no_capacity_free'] as const;
export type TargetWarning = (typeof TARGET_WARNINGS)[number];

/** The provider-directory listing a referral is sent to, pinned to the version the worker saw. */
export interface ReferralTarget {
  readonly organizationId: string;
  readonly serviceId: string;
  readonly locationId: string;
  readonly listingVersion: number;
}

export type ReferralDrafted = {
  readonly type: 'ReferralDrafted';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    /** The case's program when the referral was drafted. */
    readonly program: string;
    /** The case's need it serves (a need code) and the care plan goal, when one is named. */
    readonly need: string;
    readonly goalId: string | null;
    readonly target: ReferralTarget;
    readonly warnings: readonly TargetWarning[];
    readonly by: string;
  };
};
/** The referral left the agency: requested of the receiving organisation. Its disclosure is a separate event. */
export type ReferralRequested = {
  readonly type: 'ReferralRequested';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    /** When an answer is due: the program's number of business days after the send, in the agency's calendar. */
    readonly answerDueAt: string;
    readonly by: string;
  };
};
/** A move between statuses that carries nothing but who made it and, where one was given, why (sealed). */
export type ReferralStatusChanged = {
  readonly type: 'ReferralStatusChanged';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    readonly from: ReferralStatus;
    readonly to: 'accepted' | 'in-progress' | 'on-hold' | 'cancelled' | 'entered-in-error';
    readonly party: ReferralParty;
    readonly by: string;
    readonly personal?: { readonly note: string } | null;
  };
};
/** How a referral ended unserved: from which status, why (a code), and the text of an `other` reason, sealed. */
interface ReferralEndedWithReason {
  readonly referralId: string;
  readonly caseId: string;
  readonly from: ReferralStatus;
  readonly reason: ReferralReason;
  readonly by: string;
  readonly personal?: { readonly note: string } | null;
}
export type ReferralRejected = { readonly type: 'ReferralRejected'; readonly data: ReferralEndedWithReason };
/** The referral failed after it was accepted. */
export type ReferralFailed = { readonly type: 'ReferralFailed'; readonly data: ReferralEndedWithReason };
export type ReferralCompleted = {
  readonly type: 'ReferralCompleted';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    readonly from: ReferralStatus;
    /** The date the service was delivered, in the agency's calendar. */
    readonly deliveredOn: string;
    /** The date by which the client is to be asked whether the service helped: 30 days after the completion. */
    readonly followUpDueOn: string;
    readonly by: string;
    /** What was delivered, sealed. */
    readonly personal: { readonly outcome: string } | null;
  };
};
export type ReferralFollowedUp = {
  readonly type: 'ReferralFollowedUp';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    readonly result: FollowUpResult;
    readonly by: string;
    readonly personal?: { readonly note: string } | null;
  };
};

/**
 * What a referral may share of the client, each under the consent's information category it falls in: the minimum
 * the consent covers is chosen field by field at the send.
 */
export const DISCLOSABLE_FIELDS = {
  name: 'demographics',
  dateOfBirth: 'demographics',
  preferredLanguage: 'demographics',
  phone: 'demographics',
  housingNeed: 'housing',
  benefitsNeed: 'benefits',
  mentalHealthNeed: 'mental_health',
  substanceUseNeed: 'substance_use_disorder',
  medicalNeed: 'medical',
} as const;
export type DisclosableField = keyof typeof DISCLOSABLE_FIELDS;

/** The notice every disclosure of Part 2 records carries (42 CFR §2.32(a)(1), the short form of §2.32(a)(2)). */
export const REDISCLOSURE_NOTICE = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

/** The disclosure a send makes: to whom, what, for what, under which consent (42 CFR §2.31–2.32, HIPAA §164.528). */
export type ReferralDisclosed = {
  readonly type: 'ReferralDisclosed';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    readonly recipientOrganizationId: string;
    readonly consentId: string;
    readonly purpose: string;
    readonly informationCategories: readonly string[];
    readonly fields: readonly DisclosableField[];
    readonly redisclosureNotice: string;
    readonly by: string;
    /** The values disclosed, field by field, sealed with the client's key: what the recipient reads. */
    readonly personal: { readonly values: Readonly<Partial<Record<DisclosableField, string>>> } | null;
  };
};

/**
 * The consent a disclosure was made under was revoked: nothing more is disclosed under it, and what was disclosed is
 * not recalled (42 CFR §2.31(a)(6)); the receiving organisation is told.
 */
export type ReferralConsentRevoked = {
  readonly type: 'ReferralConsentRevoked';
  readonly data: {
    readonly referralId: string;
    readonly caseId: string;
    readonly recipientOrganizationId: string;
    readonly consentId: string;
    readonly revokedAt: string;
    readonly by: string;
  };
};

export type ReferralEvent =
  | ReferralDrafted
  | ReferralConsentRevoked
  | ReferralRequested
  | ReferralDisclosed
  | ReferralStatusChanged
  | ReferralRejected
  | ReferralFailed
  | ReferralCompleted
  | ReferralFollowedUp;
