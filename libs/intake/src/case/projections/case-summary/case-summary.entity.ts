import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EligibilityRule } from '../../../eligibility/eligibility.rules';
import type { NeedCode, ScreeningInstrument, ScreeningResult } from '../../../screening/screening.types';
import type { CaseOutcome, CasePriority, CaseStatus, ReferralSourceKind } from '../../case.decider';

/** The latest screening of one instrument, without its answers (they stay in the case's stream). */
export interface ScreeningSummary {
  readonly screeningId: string;
  readonly instrumentVersion: string;
  readonly result: ScreeningResult;
  readonly scoredAt: string;
}

export interface EligibilitySummary {
  readonly programId: string;
  readonly eligible: boolean;
  /** Which rules passed; what they found stays sealed in the case's stream. */
  readonly reasons: readonly { readonly rule: EligibilityRule; readonly passed: boolean }[];
  readonly asOf: string;
}

export interface SafetyFlagSummary {
  readonly screeningId: string;
  readonly instrument: ScreeningInstrument;
  readonly items: readonly string[];
  readonly followUpDueBy: string;
}

/**
 * One row per case (`intake.case_summary`). A projection writes whole column values, so the latest screening is
 * kept in one column per instrument.
 */
@Entity({ schema: 'intake', name: 'case_summary' })
export class CaseSummary {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'program_id', type: 'text' })
  programId!: string;

  @Column({ type: 'text' })
  priority!: CasePriority;

  @Column({ type: 'text' })
  status!: CaseStatus;

  @Column({ name: 'team_id', type: 'text' })
  teamId!: string;

  @Column({ name: 'case_manager_id', type: 'text', nullable: true })
  caseManagerId!: string | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'referral_source_kind', type: 'text' })
  referralSourceKind!: ReferralSourceKind;

  @Column({ name: 'screening_phq_9', type: 'jsonb', nullable: true })
  screeningPhq9!: ScreeningSummary | null;

  @Column({ name: 'screening_gad_7', type: 'jsonb', nullable: true })
  screeningGad7!: ScreeningSummary | null;

  @Column({ name: 'screening_audit_c', type: 'jsonb', nullable: true })
  screeningAuditC!: ScreeningSummary | null;

  @Column({ name: 'screening_ahc_hrsn', type: 'jsonb', nullable: true })
  screeningAhcHrsn!: ScreeningSummary | null;

  @Column({ type: 'jsonb' })
  needs!: NeedCode[];

  /** The latest determination, whichever program it was for. */
  @Column({ type: 'jsonb', nullable: true })
  eligibility!: EligibilitySummary | null;

  @Column({ name: 'safety_flag_open', type: 'boolean' })
  safetyFlagOpen!: boolean;

  @Column({ name: 'latest_safety_flag', type: 'jsonb', nullable: true })
  latestSafetyFlag!: SafetyFlagSummary | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_outcome', type: 'text', nullable: true })
  closedOutcome!: CaseOutcome | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The column that holds each instrument's latest screening. */
export const SCREENING_COLUMNS = {
  'PHQ-9': 'screeningPhq9',
  'GAD-7': 'screeningGad7',
  'AUDIT-C': 'screeningAuditC',
  'AHC-HRSN': 'screeningAhcHrsn',
} as const satisfies Readonly<Record<ScreeningInstrument, keyof CaseSummary>>;
