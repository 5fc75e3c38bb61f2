import { inputChecks } from '@casemgmt/decider';
import { assertClientLive, assertClientRegistered } from '../client/client-standing';
import { findProgram } from '../eligibility/programs';
import { caseWriteGrant, commandAccessActor, mayReadCase } from './case-access.policy';
import { assertAssignable, assigningRole, transferringRole } from './case-assignment.rules';
import { identifyNeeds } from './case-needs.rules';
import type { AdvanceCaseStatus, AssignCase, CaseCommand, OpenCase, ReopenCase, TransferCase } from './case.commands';
import { CaseErrors } from './case.errors';
import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  REFERRAL_SOURCE_KINDS,
  REOPENED_STATUS,
  WORKING_STATUSES,
  type CaseAssigned,
  type CaseEvent,
  type CaseReopened,
  type CaseStatusChanged,
  type CaseTransferred,
  type WorkingStatus,
} from './case.events';
import type { CaseState, OpenedCaseState } from './case.state';
import { decideDetermineEligibility } from './commands/determine-eligibility/determine-eligibility.decide';
import { decideRecordScreening } from './commands/record-screening/record-screening.decide';

const { required, oneOf } = inputChecks(CaseErrors.invalid);

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
      return decideRecordScreening(command, current);
    case 'AddNeed': {
      const note = command.data.note?.trim();
      return identifyNeeds(current, [command.data.need], { kind: 'worker' }, note ? { note } : undefined);
    }
    case 'DetermineEligibility':
      return decideDetermineEligibility(command, current);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown case command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

/** The role a change to an existing case is allowed under: recorded on its events. */
export function caseGrantingRole(command: CaseCommand, state: CaseState): string | undefined {
  if (command.type === 'OpenCase' || !state.exists) return undefined;
  const actor = commandAccessActor(command.metadata);
  if (command.type === 'AssignCase') return assigningRole(actor, state, command.data.override !== undefined);
  if (command.type === 'TransferCase') return transferringRole(actor, command.data.toTeamId);
  const grant = caseWriteGrant(actor, state);
  return grant.decision === 'granted' ? grant.role : undefined;
}

function open(command: OpenCase, state: CaseState): CaseEvent[] {
  const { caseId, clientId, programId, priority, referralSource, teamId, programs, client } = command.data;
  assertClientRegistered(clientId, client);
  assertClientLive(clientId, client);
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
