import type { Command, Decider } from '@casemgmt/decider';
import { CaseErrors } from '../case/case.errors';

// The case slots one worker holds: the caseload limit as an invariant of one stream (ADR 0013). Every assignment
// takes a slot here, appended with the version it was decided on, so of two concurrent takers at limit - 1 one
// wins and the other decides again on the state that includes the winner.

/** Why a slot was taken beyond the limit, or without looking at it. */
export type SlotBeyondLimit =
  /** A supervisor overrode the limit with a reason (recorded on the case's CaseAssigned). */
  | { readonly kind: 'override'; readonly supervisorId: string }
  /** A closed case was reopened: it comes back to the case manager who held it. */
  | { readonly kind: 'reopened' };

export const SLOT_RELEASE_REASONS = ['closed', 'reassigned', 'transferred', 'assignment_failed', 'stale'] as const;
export type SlotReleaseReason = (typeof SLOT_RELEASE_REASONS)[number];

export type CaseSlotTaken = {
  readonly type: 'CaseSlotTaken';
  readonly data: {
    readonly workerId: string;
    readonly caseId: string;
    /** Open cases the worker holds with this one. */
    readonly caseload: number;
    readonly limit: number;
    /** Present when the slot took the caseload beyond the limit. */
    readonly beyondLimit?: SlotBeyondLimit;
  };
};
export type CaseSlotReleased = {
  readonly type: 'CaseSlotReleased';
  readonly data: {
    readonly workerId: string;
    readonly caseId: string;
    readonly reason: SlotReleaseReason;
    /** Open cases the worker holds without this one. */
    readonly caseload: number;
  };
};
export type CaseloadEvent = CaseSlotTaken | CaseSlotReleased;

export const CASELOAD_EVENT_TYPES = [
  'CaseSlotTaken',
  'CaseSlotReleased',
] as const satisfies readonly CaseloadEvent['type'][];

export type TakeCaseSlot = Command<
  'TakeCaseSlot',
  {
    readonly workerId: string;
    readonly caseId: string;
    readonly limit: number;
    readonly beyondLimit?: SlotBeyondLimit;
  }
>;
export type ReleaseCaseSlot = Command<
  'ReleaseCaseSlot',
  { readonly workerId: string; readonly caseId: string; readonly reason: SlotReleaseReason }
>;
export type CaseloadCommand = TakeCaseSlot | ReleaseCaseSlot;

export interface CaseloadState {
  /** The cases whose slots the worker holds, in the order taken. */
  readonly caseIds: readonly string[];
}

export const initialCaseloadState = (): CaseloadState => ({ caseIds: [] });

export function evolveCaseload(state: CaseloadState, event: CaseloadEvent): CaseloadState {
  switch (event.type) {
    case 'CaseSlotTaken':
      return state.caseIds.includes(event.data.caseId) ? state : { caseIds: [...state.caseIds, event.data.caseId] };
    case 'CaseSlotReleased':
      return { caseIds: state.caseIds.filter((caseId) => caseId !== event.data.caseId) };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown caseload event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideCaseload(command: CaseloadCommand, state: CaseloadState): CaseloadEvent[] {
  const { workerId, caseId } = command.data;
  const held = state.caseIds.includes(caseId);
  switch (command.type) {
    case 'TakeCaseSlot': {
      // Taking a slot twice is taking it once: a retried assignment holds the slot it took before.
      if (held) return [];
      const { limit, beyondLimit } = command.data;
      const caseload = state.caseIds.length;
      if (caseload < limit) {
        return [{ type: 'CaseSlotTaken', data: { workerId, caseId, caseload: caseload + 1, limit } }];
      }
      if (!beyondLimit) throw CaseErrors.caseloadLimitReached(workerId, caseload, limit);
      return [{ type: 'CaseSlotTaken', data: { workerId, caseId, caseload: caseload + 1, limit, beyondLimit } }];
    }
    case 'ReleaseCaseSlot':
      if (!held) return [];
      return [
        {
          type: 'CaseSlotReleased',
          data: { workerId, caseId, reason: command.data.reason, caseload: state.caseIds.length - 1 },
        },
      ];
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown caseload command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

export const caseloadDecider: Decider<CaseloadCommand, CaseloadEvent, CaseloadState> = {
  decide: decideCaseload,
  evolve: evolveCaseload,
  initialState: initialCaseloadState,
};
