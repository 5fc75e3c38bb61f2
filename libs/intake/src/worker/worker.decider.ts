import type { Role } from '@casemgmt/auth';
import { inputChecks, type Command, type Decider } from '@casemgmt/decider';
import { WorkerErrors } from './worker.errors';

const { required, oneOf } = inputChecks(WorkerErrors.invalid);

// The staff who work cases, as the agency's admins register them (ADR 0013). A worker holds no client data.

/** The roles the registry records: who may take cases (case managers), run a team, or work the front door. */
export const WORKER_ROLES = ['intake_worker', 'case_manager', 'supervisor'] as const satisfies readonly Role[];
export type WorkerRole = (typeof WORKER_ROLES)[number];

/** Why a worker stops taking cases: codes rather than free text, so staff matters stay out of the record. */
export const WORKER_DEACTIVATION_REASONS = ['left_agency', 'leave_of_absence', 'role_change', 'other'] as const;
export type WorkerDeactivationReason = (typeof WORKER_DEACTIVATION_REASONS)[number];

export interface WorkerDetails {
  readonly displayName: string;
  readonly teamId: string;
  /** Sorted, without duplicates, at least one. */
  readonly roles: readonly WorkerRole[];
}

export type WorkerRegistered = {
  readonly type: 'WorkerRegistered';
  readonly data: { readonly workerId: string } & WorkerDetails;
};
/** The details after the change, whole: a read model needs no earlier event. */
export type WorkerDetailsChanged = {
  readonly type: 'WorkerDetailsChanged';
  readonly data: { readonly workerId: string } & WorkerDetails;
};
export type WorkerDeactivated = {
  readonly type: 'WorkerDeactivated';
  readonly data: { readonly workerId: string; readonly reason: WorkerDeactivationReason };
};
export type WorkerReactivated = {
  readonly type: 'WorkerReactivated';
  readonly data: { readonly workerId: string };
};

export type WorkerEvent = WorkerRegistered | WorkerDetailsChanged | WorkerDeactivated | WorkerReactivated;

export const WORKER_EVENT_TYPES = [
  'WorkerRegistered',
  'WorkerDetailsChanged',
  'WorkerDeactivated',
  'WorkerReactivated',
] as const satisfies readonly WorkerEvent['type'][];

/** Registers a worker, or changes a registered worker's details to these (a `PUT`). */
export type RegisterWorker = Command<'RegisterWorker', { readonly workerId: string } & WorkerDetails>;
export type DeactivateWorker = Command<
  'DeactivateWorker',
  { readonly workerId: string; readonly reason: WorkerDeactivationReason }
>;
export type ReactivateWorker = Command<'ReactivateWorker', { readonly workerId: string }>;
export type WorkerCommand = RegisterWorker | DeactivateWorker | ReactivateWorker;

export type WorkerState =
  | { readonly registered: false }
  | ({ readonly registered: true; readonly workerId: string; readonly active: boolean } & WorkerDetails);

export const initialWorkerState = (): WorkerState => ({ registered: false });

export function evolveWorker(state: WorkerState, event: WorkerEvent): WorkerState {
  switch (event.type) {
    case 'WorkerRegistered':
    case 'WorkerDetailsChanged': {
      const { workerId, displayName, teamId, roles } = event.data;
      const active = state.registered ? state.active : true;
      return { registered: true, workerId, displayName, teamId, roles, active };
    }
    case 'WorkerDeactivated':
      return state.registered ? { ...state, active: false } : state;
    case 'WorkerReactivated':
      return state.registered ? { ...state, active: true } : state;
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown worker event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideWorker(command: WorkerCommand, state: WorkerState): WorkerEvent[] {
  switch (command.type) {
    case 'RegisterWorker':
      return register(command, state);
    case 'DeactivateWorker': {
      if (!state.registered) throw WorkerErrors.notFound(command.data.workerId);
      if (!state.active) return [];
      const reason = oneOf('reason', command.data.reason, WORKER_DEACTIVATION_REASONS);
      return [{ type: 'WorkerDeactivated', data: { workerId: state.workerId, reason } }];
    }
    case 'ReactivateWorker':
      if (!state.registered) throw WorkerErrors.notFound(command.data.workerId);
      return state.active ? [] : [{ type: 'WorkerReactivated', data: { workerId: state.workerId } }];
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown worker command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(command: RegisterWorker, state: WorkerState): WorkerEvent[] {
  const workerId = required('workerId', command.data.workerId);
  const details: WorkerDetails = {
    displayName: required('displayName', command.data.displayName),
    teamId: required('teamId', command.data.teamId),
    roles: rolesOf(command.data.roles),
  };
  if (!state.registered) return [{ type: 'WorkerRegistered', data: { workerId, ...details } }];
  const unchanged =
    state.displayName === details.displayName &&
    state.teamId === details.teamId &&
    state.roles.join() === details.roles.join();
  return unchanged ? [] : [{ type: 'WorkerDetailsChanged', data: { workerId, ...details } }];
}

function rolesOf(roles: readonly string[]): readonly WorkerRole[] {
  const known = [...new Set(roles.map((role) => oneOf('roles', role, WORKER_ROLES)))].sort();
  if (known.length === 0) throw WorkerErrors.invalid('roles', 'needs at least one role');
  return known;
}

export const workerDecider: Decider<WorkerCommand, WorkerEvent, WorkerState> = {
  decide: decideWorker,
  evolve: evolveWorker,
  initialState: initialWorkerState,
};
