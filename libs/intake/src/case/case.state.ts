import type { EligibilityReason, ProgramEligibilityRules } from '../eligibility/eligibility.rules';
import type {
  NeedCode,
  ScreeningAnswers,
  ScreeningInstrument,
  ScreeningResult,
  ScreeningSubject,
} from '../screening/screening.types';
import type {
  CaseEvent,
  CaseOpened,
  CaseOutcome,
  CasePriority,
  CaseStatus,
  EligibilityDetermined,
  NeedSource,
  ReferralSourceKind,
  ScreeningScored,
} from './case.events';

export interface ScreeningRecord {
  readonly screeningId: string;
  readonly instrument: ScreeningInstrument;
  readonly instrumentVersion: string;
  /** Null once the client's personal data is erased. */
  readonly answers: ScreeningAnswers | null;
  readonly subject: ScreeningSubject | null;
  readonly result: ScreeningResult;
}

/** A reason as a determination recorded it; the detail is null once the client's personal data is erased. */
export interface RecordedEligibilityReason {
  readonly rule: EligibilityReason['rule'];
  readonly passed: boolean;
  readonly detail: string | null;
}

export interface CaseNeed {
  readonly need: NeedCode;
  readonly source: NeedSource;
  readonly note: string | null;
}

export interface SafetyFlag {
  readonly screeningId: string;
  readonly instrument: ScreeningInstrument;
  readonly items: readonly string[];
  readonly followUpDueBy: string;
}

export interface EligibilityRecord {
  readonly programId: string;
  readonly eligible: boolean;
  readonly reasons: readonly RecordedEligibilityReason[];
  readonly rules: ProgramEligibilityRules;
  readonly asOf: string;
}

/** A case as its events tell it. */
export interface OpenedCaseState {
  readonly exists: true;
  readonly caseId: string;
  readonly clientId: string;
  readonly programId: string;
  readonly priority: CasePriority;
  readonly referralSource: { readonly kind: ReferralSourceKind; readonly name: string | null };
  readonly teamId: string;
  readonly openedBy: string;
  readonly status: CaseStatus;
  readonly caseManagerId: string | null;
  readonly closure: { readonly outcome: CaseOutcome; readonly reason: string | null } | null;
  readonly reopenedCount: number;
  readonly screeningIds: readonly string[];
  readonly latestScreenings: Readonly<Partial<Record<ScreeningInstrument, ScreeningRecord>>>;
  readonly needs: readonly CaseNeed[];
  readonly safetyFlags: readonly SafetyFlag[];
  /** The latest determination per program. */
  readonly eligibility: Readonly<Record<string, EligibilityRecord>>;
}

export type CaseState = { readonly exists: false } | OpenedCaseState;

export const initialCaseState = (): CaseState => ({ exists: false });

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseOpened') return opened(event);
  // Events of a case always follow its opening; anything else cannot be folded onto nothing.
  if (!state.exists) return state;
  switch (event.type) {
    case 'CaseStatusChanged':
      return { ...state, status: event.data.to };
    case 'CaseClosed':
      return {
        ...state,
        status: 'closed',
        closure: { outcome: event.data.outcome, reason: event.data.personal?.reason ?? null },
      };
    case 'CaseReopened':
      return { ...state, status: event.data.to, closure: null, reopenedCount: state.reopenedCount + 1 };
    case 'CaseAssigned':
      return { ...state, caseManagerId: event.data.caseManagerId };
    case 'CaseTransferred':
      return { ...state, teamId: event.data.toTeamId, caseManagerId: null };
    case 'ScreeningScored': {
      const screening = screeningOf(event.data);
      return {
        ...state,
        screeningIds: [...state.screeningIds, screening.screeningId],
        latestScreenings: { ...state.latestScreenings, [screening.instrument]: screening },
      };
    }
    case 'SafetyFlagRaised': {
      const { caseId: _caseId, ...flag } = event.data;
      return { ...state, safetyFlags: [...state.safetyFlags, flag] };
    }
    case 'NeedIdentified':
      return {
        ...state,
        needs: [
          ...state.needs,
          { need: event.data.need, source: event.data.source, note: event.data.personal?.note ?? null },
        ],
      };
    case 'EligibilityDetermined': {
      const determination = eligibilityOf(event.data);
      return { ...state, eligibility: { ...state.eligibility, [determination.programId]: determination } };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown case event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/** A screening as recorded, from either stored shape (answers sealed, or in clear before ADR 0014). */
export function screeningOf(data: ScreeningScored['data']): ScreeningRecord {
  const { screeningId, instrument, instrumentVersion, result } = data;
  // A sealed `personal` that reads as null was erased; an event without one is of the old shape.
  const sealed = data.personal !== undefined;
  return {
    screeningId,
    instrument,
    instrumentVersion,
    result,
    answers: sealed ? (data.personal?.answers ?? null) : (data.answers ?? null),
    subject: sealed ? (data.personal?.subject ?? null) : (data.subject ?? null),
  };
}

/** A determination as recorded, from either stored shape (details sealed, or in clear before ADR 0014). */
export function eligibilityOf(data: EligibilityDetermined['data']): EligibilityRecord {
  const { programId, eligible, rules, asOf } = data;
  const details = data.personal?.reasonDetails;
  return {
    programId,
    eligible,
    rules,
    asOf,
    reasons: data.reasons.map((reason, index) => ({
      rule: reason.rule,
      passed: reason.passed,
      detail: details?.[index] ?? (data.personal === null ? null : (reason.detail ?? null)),
    })),
  };
}

function opened(event: CaseOpened): OpenedCaseState {
  const { caseId, clientId, programId, priority, referralSource, teamId, openedBy, personal } = event.data;
  return {
    exists: true,
    caseId,
    clientId,
    programId,
    priority,
    referralSource: { kind: referralSource.kind, name: personal?.referralSourceName ?? null },
    teamId,
    openedBy,
    status: 'opened',
    caseManagerId: null,
    closure: null,
    reopenedCount: 0,
    screeningIds: [],
    latestScreenings: {},
    needs: [],
    safetyFlags: [],
    eligibility: {},
  };
}
