/** The screening instruments intake scores. */
export type ScreeningInstrument = 'PHQ-9' | 'GAD-7' | 'AUDIT-C' | 'AHC-HRSN';

/** Needs a case can carry: from positive screens or added by hand. */
export type NeedCode =
  | 'housing'
  | 'food'
  | 'transportation'
  | 'utilities'
  | 'interpersonal_safety'
  | 'mental_health'
  | 'substance_use'
  | 'income'
  | 'medical'
  | 'legal'
  | 'education'
  | 'employment';

export interface ScreeningAnswers {
  /** Item number (1-based, as printed on the instrument) → the chosen answer's score or option code. */
  readonly [item: string]: number | string;
}

/** Who is screened, where an instrument's cut-offs depend on it (AUDIT-C). */
export interface ScreeningSubject {
  readonly sex?: 'female' | 'male';
}

/** What a scoring function answers: pure, recomputable from the stored answers and instrument version. */
export interface ScreeningResult {
  readonly instrument: ScreeningInstrument;
  /** Version of the instrument and of its scoring table, stored with the answers. */
  readonly instrumentVersion: string;
  /** Sum score where the instrument has one (PHQ-9, GAD-7, AUDIT-C); AHC-HRSN has per-domain results. */
  readonly totalScore?: number;
  /** Severity band, e.g. PHQ-9 'moderately_severe'. */
  readonly band?: string;
  readonly positive: boolean;
  /** A finding that requires immediate follow-up (PHQ-9 item 9 above 0). */
  readonly safetyFlag: boolean;
  /** Needs identified by a positive screen. */
  readonly needs: readonly NeedCode[];
  /** Per-domain outcome where the instrument has domains (AHC-HRSN). */
  readonly domains?: Readonly<Record<string, { readonly positive: boolean; readonly score?: number }>>;
}
