import type { Command } from '@casemgmt/decider';
import type { ClientStanding } from '../client/client-standing';
import type { EligibilityApplicant, ProgramEligibilityRules } from '../eligibility/eligibility.rules';
import type { NeedCode, ScreeningAnswers, ScreeningInstrument, ScreeningSubject } from '../screening/screening.types';
import type { AssigneeRecord } from './case-assignment.rules';
import type { CaseOutcome, CasePriority, ReferralSourceKind, WorkingStatus } from './case.events';

export type OpenCase = Command<
  'OpenCase',
  {
    readonly caseId: string;
    readonly clientId: string;
    readonly programId: string;
    readonly priority: CasePriority;
    readonly referralSource: { readonly kind: ReferralSourceKind; readonly name?: string };
    readonly teamId: string;
    /** The agency's programs; a case is opened in one of them. */
    readonly programs: readonly ProgramEligibilityRules[];
    /** The client as its stream tells it (read by the handler): a case is opened for a registered, live record. */
    readonly client: ClientStanding;
  }
>;
export type AdvanceCaseStatus = Command<'AdvanceCaseStatus', { readonly caseId: string; readonly to: WorkingStatus }>;
export type CloseCase = Command<
  'CloseCase',
  { readonly caseId: string; readonly reason: string; readonly outcome: CaseOutcome }
>;
export type ReopenCase = Command<'ReopenCase', { readonly caseId: string; readonly reason: string }>;
export type AssignCase = Command<
  'AssignCase',
  {
    readonly caseId: string;
    readonly caseManagerId: string;
    /** The worker registry's record of the assignee (read by the handler); null when nobody of that id is registered. */
    readonly assignee: AssigneeRecord | null;
    /** Open cases the assignee holds now (read by the handler). */
    readonly caseloadOfAssignee: number;
    /** The configured caseload limit. */
    readonly limit: number;
    readonly override?: { readonly reason: string };
  }
>;
export type TransferCase = Command<
  'TransferCase',
  { readonly caseId: string; readonly toTeamId: string; readonly reason: string }
>;
export type RecordScreening = Command<
  'RecordScreening',
  {
    readonly caseId: string;
    readonly screeningId: string;
    readonly instrument: ScreeningInstrument;
    readonly answers: ScreeningAnswers;
    readonly subject: ScreeningSubject;
  }
>;
export type AddNeed = Command<'AddNeed', { readonly caseId: string; readonly need: NeedCode; readonly note?: string }>;
export type DetermineEligibility = Command<
  'DetermineEligibility',
  {
    readonly caseId: string;
    /** Left out: the case's own program. */
    readonly programId?: string;
    readonly applicant: EligibilityApplicant;
    readonly programs: readonly ProgramEligibilityRules[];
  }
>;

export type CaseCommand =
  | OpenCase
  | AdvanceCaseStatus
  | CloseCase
  | ReopenCase
  | AssignCase
  | TransferCase
  | RecordScreening
  | AddNeed
  | DetermineEligibility;
