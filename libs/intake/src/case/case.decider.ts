import type { Command, Decider } from '@casemgmt/decider';
import type {
  EligibilityApplicant,
  EligibilityReason,
  ProgramEligibilityRules,
} from '../eligibility/eligibility.rules';
import { evaluateEligibility } from '../eligibility/eligibility.rules';
import { findProgram } from '../eligibility/programs';
import { scoreScreening } from '../screening/score-screening';
import type {
  NeedCode,
  ScreeningAnswers,
  ScreeningInstrument,
  ScreeningResult,
  ScreeningSubject,
} from '../screening/screening.types';
import { caseWriteGrant, commandAccessActor, mayReadCase } from './case-access.policy';
import { assertAssignable, assigningRole, transferringRole, type AssigneeRecord } from './case-assignment.rules';
import { CaseErrors } from './case.errors';

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

/** The items whose answers raise an instrument's safety flag (PHQ-9 item 9: thoughts of self-harm). */
export const SAFETY_FLAG_ITEMS: Readonly<Record<ScreeningInstrument, readonly string[]>> = {
  'PHQ-9': ['9'],
  'GAD-7': [],
  'AUDIT-C': [],
  'AHC-HRSN': ['7', '8', '9', '10'],
};

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

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  if (command.type === 'OpenCase') return open(command, state);
  if (command.type === 'TransferCase') return transfer(command, transferableCase(command, state));
  const current = writableCase(command, state);
  if (command.type === 'ReopenCase') return reopen(command, current);
  // A closed case takes no change but a reopening.
  if (current.status === 'closed') throw CaseErrors.closed(current.caseId);
  const status = current.status;
  switch (command.type) {
    case 'AdvanceCaseStatus':
      return advance(command, status);
    case 'CloseCase':
      return [
        {
          type: 'CaseClosed',
          data: {
            caseId: current.caseId,
            from: status,
            outcome: oneOf('outcome', command.data.outcome, CASE_OUTCOMES),
            personal: { reason: required('reason', command.data.reason) },
          },
        },
      ];
    case 'AssignCase':
      return assign(command, current);
    case 'RecordScreening':
      return screen(command, current);
    case 'AddNeed': {
      const note = command.data.note?.trim();
      return identifyNeeds(current, [command.data.need], { kind: 'worker' }, note ? { note } : undefined);
    }
    case 'DetermineEligibility':
      return determineEligibility(command, current);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown case command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function open(command: OpenCase, state: CaseState): CaseEvent[] {
  const { caseId, clientId, programId, priority, referralSource, teamId, programs } = command.data;
  if (state.exists) throw CaseErrors.alreadyOpened(caseId);
  if (!findProgram(programId, programs)) throw CaseErrors.programUnknown(programId);
  const referralSourceName = referralSource.name?.trim();
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId,
        clientId: required('clientId', clientId),
        programId,
        priority: oneOf('priority', priority, CASE_PRIORITIES),
        referralSource: { kind: oneOf('referralSource.kind', referralSource.kind, REFERRAL_SOURCE_KINDS) },
        teamId: required('teamId', teamId),
        openedBy: command.metadata.actor.id,
        ...(referralSourceName ? { personal: { referralSourceName } } : {}),
      },
    },
  ];
}

/** The case, if it exists and the actor may change it (role scopes of DESIGN §8, see case-access.policy.ts). */
function writableCase(command: Exclude<CaseCommand, OpenCase>, state: CaseState): OpenedCaseState {
  if (!state.exists) throw CaseErrors.notFound(command.data.caseId);
  const { role } = command.metadata.actor;
  const { decision } = caseWriteGrant(commandAccessActor(command.metadata), state);
  switch (decision) {
    case 'granted':
      return state;
    case 'forbidden':
      throw CaseErrors.writeForbidden(state.caseId, role);
    case 'not_found':
      throw CaseErrors.notFound(state.caseId);
    default: {
      const unknownDecision: never = decision;
      throw new Error(`unknown access decision ${String(unknownDecision)}`);
    }
  }
}

/** The case, if the actor may move it into the receiving team: that team's supervisor or an admin (ADR 0013). */
function transferableCase(command: TransferCase, state: CaseState): OpenedCaseState {
  if (!state.exists) throw CaseErrors.notFound(command.data.caseId);
  const actor = commandAccessActor(command.metadata);
  if (transferringRole(actor, command.data.toTeamId)) return state;
  if (!mayReadCase(actor, state)) throw CaseErrors.notFound(state.caseId);
  throw CaseErrors.transferForbidden(state.caseId, command.data.toTeamId);
}

/** The role a change to an existing case is allowed under: recorded on its events. */
function grantingRole(command: CaseCommand, state: CaseState): string | undefined {
  if (command.type === 'OpenCase' || !state.exists) return undefined;
  const actor = commandAccessActor(command.metadata);
  if (command.type === 'AssignCase') return assigningRole(actor, state, command.data.override !== undefined);
  if (command.type === 'TransferCase') return transferringRole(actor, command.data.toTeamId);
  const grant = caseWriteGrant(actor, state);
  return grant.decision === 'granted' ? grant.role : undefined;
}

function reopen(command: ReopenCase, state: OpenedCaseState): CaseReopened[] {
  if (state.status !== 'closed') throw CaseErrors.notClosed(state.caseId);
  const reason = required('reason', command.data.reason);
  return [{ type: 'CaseReopened', data: { caseId: state.caseId, to: REOPENED_STATUS, personal: { reason } } }];
}

function advance(command: AdvanceCaseStatus, from: WorkingStatus): CaseStatusChanged[] {
  const { caseId, to } = command.data;
  const fromIndex = WORKING_STATUSES.indexOf(from);
  const toIndex = (WORKING_STATUSES as readonly string[]).indexOf(to);
  if (toIndex === fromIndex) return [];
  if (toIndex !== fromIndex + 1) throw CaseErrors.transitionNotAllowed(caseId, from, String(to));
  return [{ type: 'CaseStatusChanged', data: { caseId, from, to } }];
}

function assign(command: AssignCase, state: OpenedCaseState): CaseAssigned[] {
  const { caseloadOfAssignee, limit, override } = command.data;
  const actor = commandAccessActor(command.metadata);
  const caseManagerId = required('caseManagerId', command.data.caseManagerId);
  // The case is one the actor may change (writableCase); assigning it needs a role whose own scope allows that.
  const role = assigningRole(actor, state, false);
  if (role === undefined) throw CaseErrors.assignmentForbidden(state.caseId);
  if (caseManagerId === state.caseManagerId) return [];
  assertAssignable(caseManagerId, command.data.assignee, state.teamId);
  // Only a supervisor answers for an overloaded worker; anyone else asking to override is refused outright.
  if (override && assigningRole(actor, state, true) === undefined) throw CaseErrors.overrideNotAllowed(role);
  const assigned = { caseId: state.caseId, caseManagerId, previousCaseManagerId: state.caseManagerId };
  if (caseloadOfAssignee < limit) return [{ type: 'CaseAssigned', data: assigned }];
  if (!override) throw CaseErrors.caseloadLimitReached(caseManagerId, caseloadOfAssignee, limit);
  return [
    {
      type: 'CaseAssigned',
      data: {
        ...assigned,
        caseloadOverride: { supervisorId: actor.id, caseloadAtAssignment: caseloadOfAssignee, limit },
        personal: { overrideReason: required('override.reason', override.reason) },
      },
    },
  ];
}

function transfer(command: TransferCase, state: OpenedCaseState): CaseTransferred[] {
  if (state.status === 'closed') throw CaseErrors.closed(state.caseId);
  const toTeamId = required('toTeamId', command.data.toTeamId);
  const reason = required('reason', command.data.reason);
  if (toTeamId === state.teamId) return [];
  return [
    {
      type: 'CaseTransferred',
      data: {
        caseId: state.caseId,
        fromTeamId: state.teamId,
        toTeamId,
        unassignedCaseManagerId: state.caseManagerId,
        personal: { reason },
      },
    },
  ];
}

function screen(command: RecordScreening, state: OpenedCaseState): CaseEvent[] {
  const { screeningId, instrument, answers, subject } = command.data;
  if (state.screeningIds.includes(screeningId)) throw CaseErrors.screeningAlreadyRecorded(state.caseId, screeningId);
  // Scoring is pure, so the score is decided here and stored with the answers it came from.
  const result = scoreScreening(instrument, answers, subject);
  const scored: ScreeningScored = {
    type: 'ScreeningScored',
    data: {
      caseId: state.caseId,
      screeningId,
      instrument,
      instrumentVersion: result.instrumentVersion,
      result,
      personal: { answers, subject },
    },
  };
  const screenedAt = command.metadata.occurredAt ?? command.metadata.now;
  const flag: SafetyFlagRaised[] = result.safetyFlag
    ? [
        {
          type: 'SafetyFlagRaised',
          data: {
            caseId: state.caseId,
            screeningId,
            instrument,
            items: SAFETY_FLAG_ITEMS[instrument],
            followUpDueBy: new Date(screenedAt.getTime() + SAFETY_FOLLOW_UP_HOURS * 3_600_000).toISOString(),
          },
        },
      ]
    : [];
  return [
    scored,
    ...flag,
    ...identifyNeeds(state, result.needs, { kind: 'screening', screeningId, instrument }, undefined),
  ];
}

/** One NeedIdentified per need not already open on the case. */
function identifyNeeds(
  state: OpenedCaseState,
  needs: readonly NeedCode[],
  source: NeedSource,
  personal: { readonly note: string } | undefined,
): NeedIdentified[] {
  const open = state.needs.map((need) => need.need);
  const events: NeedIdentified[] = [];
  for (const need of needs) {
    if (open.includes(need)) continue;
    open.push(need);
    events.push({
      type: 'NeedIdentified',
      data: { caseId: state.caseId, need, source, openNeeds: [...open], ...(personal ? { personal } : {}) },
    });
  }
  return events;
}

function determineEligibility(command: DetermineEligibility, state: OpenedCaseState): EligibilityDetermined[] {
  const programId = command.data.programId ?? state.programId;
  const rules = findProgram(programId, command.data.programs);
  if (!rules) throw CaseErrors.programUnknown(programId);
  const asOf = command.metadata.occurredAt ?? command.metadata.now;
  const determination = evaluateEligibility(rules, command.data.applicant, asOf);
  return [
    {
      type: 'EligibilityDetermined',
      data: {
        caseId: state.caseId,
        programId,
        eligible: determination.eligible,
        reasons: determination.reasons.map(({ rule, passed }) => ({ rule, passed })),
        rules,
        asOf: asOf.toISOString(),
        personal: {
          applicant: command.data.applicant,
          reasonDetails: determination.reasons.map((reason) => reason.detail),
        },
      },
    },
  ];
}

function required(field: string, value: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') throw CaseErrors.invalid(field, 'is required');
  return trimmed;
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw CaseErrors.invalid(field, `must be one of ${allowed.join(', ')}`);
  return found;
}

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
  grantingRole,
};
