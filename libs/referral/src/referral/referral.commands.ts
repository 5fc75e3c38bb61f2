import type { Command } from '@casemgmt/decider';
import type {
  DisclosableField,
  FollowUpResult,
  ReferralReason,
  ReferralTarget,
  TargetWarning,
} from './referral.events';

/** A case as referral knows it now, from intake's events: what the requester's access and the send check against. */
export interface ReferralCaseScope {
  readonly caseId: string;
  /** The case's program, recorded on the draft so the funnel can be read per program. */
  readonly program: string;
  readonly status: string;
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly needs: readonly string[];
}

/** The consent in force, at the moment of the send, for this recipient, as intake's consent rules found it. */
export interface ConsentAtSend {
  readonly consentId: string;
  readonly informationCategories: readonly string[];
  readonly purposes: readonly string[];
}

/** What the directory says of the chosen service when the referral is drafted. */
export interface ListingAtDraft {
  readonly found: boolean;
  readonly defunct: boolean;
  readonly warnings: readonly TargetWarning[];
}

interface OnReferral {
  readonly referralId: string;
}
interface Requested extends OnReferral {
  /** The referral's case as referral knows it now; null when unknown. */
  readonly case: ReferralCaseScope | null;
}

export type DraftReferral = Command<
  'DraftReferral',
  Requested & {
    readonly caseId: string;
    readonly need: string;
    readonly goalId?: string;
    readonly target: ReferralTarget;
    readonly listing: ListingAtDraft;
  }
>;
export type SendReferral = Command<
  'SendReferral',
  Requested & {
    readonly fields: readonly DisclosableField[];
    readonly purpose: string;
    /** When an answer is due, from the program's settings and the agency's calendar (an ISO instant). */
    readonly answerDueAt: string;
    /** What the client's record says of each asked field, read at the send; only the covered ones are disclosed. */
    readonly values: Readonly<Partial<Record<DisclosableField, string>>>;
    /** Null when no consent is in force for this recipient, category and purpose at this moment. */
    readonly consent: ConsentAtSend | null;
  }
>;
export type CancelReferral = Command<'CancelReferral', Requested & { readonly note?: string }>;
export type MarkReferralEnteredInError = Command<'MarkReferralEnteredInError', Requested & { readonly note: string }>;
export type FollowUpReferral = Command<
  'FollowUpReferral',
  Requested & { readonly result: FollowUpResult; readonly note?: string }
>;
export type AcceptReferral = Command<'AcceptReferral', OnReferral>;
export type StartReferral = Command<'StartReferral', OnReferral>;
export type HoldReferral = Command<'HoldReferral', OnReferral & { readonly note?: string }>;
export type RejectReferral = Command<
  'RejectReferral',
  OnReferral & { readonly reason: ReferralReason; readonly note?: string }
>;
export type FailReferral = Command<
  'FailReferral',
  OnReferral & { readonly reason: ReferralReason; readonly note?: string }
>;
export type CompleteReferral = Command<
  'CompleteReferral',
  OnReferral & { readonly deliveredOn: string; readonly outcome: string; readonly today: string }
>;

/** Intake recorded the revocation of a consent: the referrals disclosed under it take note, and their partners are told. */
export type NoteConsentRevoked = Command<
  'NoteConsentRevoked',
  OnReferral & { readonly consentId: string; readonly revokedAt: string }
>;

/** The commands of the agency that sends the referral. */
export type RequesterCommand =
  DraftReferral | SendReferral | CancelReferral | MarkReferralEnteredInError | FollowUpReferral;
/** The commands of the organisation that receives it. */
export type ResponderCommand =
  AcceptReferral | StartReferral | HoldReferral | RejectReferral | FailReferral | CompleteReferral;
export type ReferralCommand = RequesterCommand | ResponderCommand | NoteConsentRevoked;
