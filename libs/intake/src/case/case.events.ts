import type {
  EligibilityApplicant,
  EligibilityReason,
  ProgramEligibilityRules,
} from '../eligibility/eligibility.rules';
import type {
  NeedCode,
  ScreeningAnswers,
  ScreeningInstrument,
  ScreeningResult,
  ScreeningSubject,
} from '../screening/screening.types';

export const CASE_PRIORITIES = ['emergency', 'urgent', 'routine'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** The working statuses in the order a case moves through them, one step at a time. */
export const WORKING_STATUSES = ['opened', 'assessment', 'planning', 'services'] as const;
export type WorkingStatus = (typeof WORKING_STATUSES)[number];
export const CASE_STATUSES = [...WORKING_STATUSES, 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Where a reopened case starts again: its situation is assessed afresh. */
export const REOPENED_STATUS = 'assessment' satisfies WorkingStatus;

export const REFERRAL_SOURCE_KINDS = ['self', 'family', 'provider', 'court', 'school', 'hospital', 'other'] as const;
export type ReferralSourceKind = (typeof REFERRAL_SOURCE_KINDS)[number];

export const CASE_OUTCOMES = [
  'goals_met',
  'partially_met',
  'not_met',
  'client_withdrew',
  'transferred_out',
  'deceased',
  'other',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

// Every need code once: the type system checks the list is complete.
const NEED_CODE_SET: Readonly<Record<NeedCode, true>> = {
  housing: true,
  food: true,
  transportation: true,
  utilities: true,
  interpersonal_safety: true,
  mental_health: true,
  substance_use: true,
  income: true,
  medical: true,
  legal: true,
  education: true,
  employment: true,
};
/** The needs a case can carry. */
export const NEED_CODES = Object.keys(NEED_CODE_SET) as readonly NeedCode[];

/** A positive safety screen needs same-day follow-up: due this many hours after the screening. */
export const SAFETY_FOLLOW_UP_HOURS = 24;

// Free text and names travel in `personal`, sealed with the client's key; it reads as null once the key is shredded.

export type CaseOpened = {
  readonly type: 'CaseOpened';
  readonly data: {
    readonly caseId: string;
    readonly clientId: string;
    readonly programId: string;
    readonly priority: CasePriority;
    readonly referralSource: { readonly kind: ReferralSourceKind };
    readonly teamId: string;
    readonly openedBy: string;
    /** Present when the referral source was named. */
    readonly personal?: { readonly referralSourceName: string } | null;
  };
};
export type CaseStatusChanged = {
  readonly type: 'CaseStatusChanged';
  readonly data: { readonly caseId: string; readonly from: WorkingStatus; readonly to: WorkingStatus };
};
export type CaseClosed = {
  readonly type: 'CaseClosed';
  readonly data: {
    readonly caseId: string;
    /** The status the case was in when it closed. */
    readonly from: WorkingStatus;
    readonly outcome: CaseOutcome;
    readonly personal: { readonly reason: string } | null;
  };
};
export type CaseReopened = {
  readonly type: 'CaseReopened';
  readonly data: {
    readonly caseId: string;
    readonly to: typeof REOPENED_STATUS;
    readonly personal: { readonly reason: string } | null;
  };
};
export type CaseAssigned = {
  readonly type: 'CaseAssigned';
  readonly data: {
    readonly caseId: string;
    readonly caseManagerId: string;
    readonly previousCaseManagerId: string | null;
    /** Present when a supervisor assigned beyond the caseload limit; the reason is in `personal.overrideReason`. */
    readonly caseloadOverride?: {
      readonly supervisorId: string;
      readonly caseloadAtAssignment: number;
      readonly limit: number;
    };
    readonly personal?: { readonly overrideReason: string } | null;
  };
};
/** A transfer ends the assignment: the receiving team assigns the case anew. */
export type CaseTransferred = {
  readonly type: 'CaseTransferred';
  readonly data: {
    readonly caseId: string;
    readonly fromTeamId: string;
    readonly toTeamId: string;
    /** The case manager the case was taken from, or null when it was unassigned. */
    readonly unassignedCaseManagerId: string | null;
    readonly personal: { readonly reason: string } | null;
  };
};
/** The answers given and the sex scored for: sealed; the result (scores, band, needs) is not. */
export type ScreeningScored = {
  readonly type: 'ScreeningScored';
  readonly data: {
    readonly caseId: string;
    readonly screeningId: string;
    readonly instrument: ScreeningInstrument;
    readonly instrumentVersion: string;
    readonly result: ScreeningResult;
    readonly personal?: { readonly answers: ScreeningAnswers; readonly subject: ScreeningSubject } | null;
    /** Legacy (before ADR 0014), in clear. */
    readonly answers?: ScreeningAnswers;
    /** Legacy (before ADR 0014), in clear. */
    readonly subject?: ScreeningSubject;
  };
};
export type SafetyFlagRaised = {
  readonly type: 'SafetyFlagRaised';
  readonly data: {
    readonly caseId: string;
    readonly screeningId: string;
    readonly instrument: ScreeningInstrument;
    /** The items whose answers raised the flag. */
    readonly items: readonly string[];
    /** ISO 8601: the screening's time plus {@link SAFETY_FOLLOW_UP_HOURS}. */
    readonly followUpDueBy: string;
  };
};
export type NeedSource =
  | { readonly kind: 'screening'; readonly screeningId: string; readonly instrument: ScreeningInstrument }
  | { readonly kind: 'worker' };
export type NeedIdentified = {
  readonly type: 'NeedIdentified';
  readonly data: {
    readonly caseId: string;
    readonly need: NeedCode;
    readonly source: NeedSource;
    /** Every open need of the case after this one, so a read model needs no earlier event. */
    readonly openNeeds: readonly NeedCode[];
    /** Present when the worker added a note. */
    readonly personal?: { readonly note: string } | null;
  };
};
/** Which rule passed, in clear; what each rule found (the applicant's age, county, income) sealed. */
export interface SealedEligibilityReason {
  readonly rule: EligibilityReason['rule'];
  readonly passed: boolean;
  /** Legacy (before ADR 0014), in clear. */
  readonly detail?: string;
}
export type EligibilityDetermined = {
  readonly type: 'EligibilityDetermined';
  readonly data: {
    readonly caseId: string;
    readonly programId: string;
    readonly eligible: boolean;
    readonly reasons: readonly SealedEligibilityReason[];
    /** The program's rules as they were applied: the determination can be checked again from the event alone. */
    readonly rules: ProgramEligibilityRules;
    /** ISO 8601: the instant eligibility was decided for (ages are counted on its date). */
    readonly asOf: string;
    readonly personal: {
      readonly applicant: EligibilityApplicant;
      /** The detail of each reason, in the order of `reasons`. */
      readonly reasonDetails?: readonly string[];
    } | null;
  };
};

export type CaseEvent =
  | CaseOpened
  | CaseStatusChanged
  | CaseClosed
  | CaseReopened
  | CaseAssigned
  | CaseTransferred
  | ScreeningScored
  | SafetyFlagRaised
  | NeedIdentified
  | EligibilityDetermined;

export const CASE_EVENT_TYPES = [
  'CaseOpened',
  'CaseStatusChanged',
  'CaseClosed',
  'CaseReopened',
  'CaseAssigned',
  'CaseTransferred',
  'ScreeningScored',
  'SafetyFlagRaised',
  'NeedIdentified',
  'EligibilityDetermined',
] as const satisfies readonly CaseEvent['type'][];
