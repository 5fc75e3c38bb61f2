import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';

export type CaseErrorCode =
  | 'INTAKE.CASE_NOT_FOUND'
  | 'INTAKE.CASE_ALREADY_OPENED'
  | 'INTAKE.CASE_TRANSITION_NOT_ALLOWED'
  | 'INTAKE.CASE_CLOSED'
  | 'INTAKE.CASE_NOT_CLOSED'
  | 'INTAKE.CASE_WRITE_FORBIDDEN'
  | 'INTAKE.CASELOAD_LIMIT_REACHED'
  | 'INTAKE.OVERRIDE_NOT_ALLOWED'
  | 'INTAKE.SCREENING_ALREADY_RECORDED'
  | 'INTAKE.PROGRAM_UNKNOWN'
  | 'INTAKE.INVALID_CASE'
  | 'INTAKE.TEAM_CASELOAD_FORBIDDEN'
  | 'INTAKE.ASSIGNMENT_FORBIDDEN'
  | 'INTAKE.ASSIGNEE_NOT_ASSIGNABLE'
  | 'INTAKE.TRANSFER_FORBIDDEN';

/** Why a worker cannot take a case: not in the registry, deactivated, not a case manager, or of another team. */
export type AssigneeRefusal = 'unknown' | 'deactivated' | 'not_a_case_manager' | 'other_team';

export const CaseErrors = {
  // Also what a caller gets for a case outside their scope, so a case's existence does not leak.
  notFound: (caseId: string) =>
    intakeError('INTAKE.CASE_NOT_FOUND', 'not_found', `Case ${caseId} was not found`, { caseId }),
  alreadyOpened: (caseId: string) =>
    intakeError('INTAKE.CASE_ALREADY_OPENED', 'conflict', `Case ${caseId} is already open`, { caseId }),
  transitionNotAllowed: (caseId: string, from: string, to: string) =>
    intakeError(
      'INTAKE.CASE_TRANSITION_NOT_ALLOWED',
      'conflict',
      `Case ${caseId} cannot go from ${from} to ${to}: a case moves forward one status at a time (opened, assessment, planning, services)`,
      { caseId, from, to },
    ),
  closed: (caseId: string) =>
    intakeError('INTAKE.CASE_CLOSED', 'conflict', `Case ${caseId} is closed: reopen it first`, { caseId }),
  notClosed: (caseId: string) =>
    intakeError('INTAKE.CASE_NOT_CLOSED', 'conflict', `Case ${caseId} is not closed, so it cannot be reopened`, {
      caseId,
    }),
  writeForbidden: (caseId: string, role: string) =>
    intakeError('INTAKE.CASE_WRITE_FORBIDDEN', 'forbidden', `A ${role} may read case ${caseId} but not change it`, {
      caseId,
      role,
    }),
  caseloadLimitReached: (caseManagerId: string, caseload: number, limit: number) =>
    intakeError(
      'INTAKE.CASELOAD_LIMIT_REACHED',
      'conflict',
      `${caseManagerId} already holds ${caseload} open cases, the limit is ${limit}: a supervisor may override with a reason`,
      { caseManagerId, caseload, limit },
    ),
  overrideNotAllowed: (role: string) =>
    intakeError(
      'INTAKE.OVERRIDE_NOT_ALLOWED',
      'forbidden',
      `Only a supervisor may override the caseload limit (acting as ${role})`,
      { role },
    ),
  screeningAlreadyRecorded: (caseId: string, screeningId: string) =>
    intakeError(
      'INTAKE.SCREENING_ALREADY_RECORDED',
      'conflict',
      `Screening ${screeningId} is already recorded on case ${caseId}`,
      { caseId, screeningId },
    ),
  programUnknown: (programId: string) =>
    intakeError('INTAKE.PROGRAM_UNKNOWN', 'invalid', `programId: ${programId} is not a program of the agency`, {
      field: 'programId',
      programId,
    }),
  invalid: (field: string, reason: string) =>
    intakeError('INTAKE.INVALID_CASE', 'invalid', `${field}: ${reason}`, { field, reason }),
  teamCaseloadForbidden: (teamId: string) =>
    intakeError(
      'INTAKE.TEAM_CASELOAD_FORBIDDEN',
      'forbidden',
      `A supervisor sees the caseloads of their own team only, not of ${teamId}`,
      { teamId },
    ),
  assignmentForbidden: (caseId: string) =>
    intakeError(
      'INTAKE.ASSIGNMENT_FORBIDDEN',
      'forbidden',
      `None of your roles assigns case ${caseId}: an intake worker or a supervisor assigns the cases of their own team only`,
      { caseId },
    ),
  assigneeNotAssignable: (caseManagerId: string, reason: AssigneeRefusal, teamId: string) =>
    intakeError(
      'INTAKE.ASSIGNEE_NOT_ASSIGNABLE',
      'unprocessable',
      `${caseManagerId} cannot take this case (${reason}): a case goes to an active case manager registered in its team, ${teamId}; to give it to another team, transfer it first`,
      { caseManagerId, reason, teamId },
    ),
  transferForbidden: (caseId: string, toTeamId: string) =>
    intakeError(
      'INTAKE.TRANSFER_FORBIDDEN',
      'forbidden',
      `Only a supervisor of ${toTeamId} or an admin moves case ${caseId} into ${toTeamId}`,
      { caseId, toTeamId },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: CaseErrorCode }>;
