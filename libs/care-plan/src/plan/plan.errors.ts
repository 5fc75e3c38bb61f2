import type { DomainError } from '@casemgmt/kernel';
import { carePlanError } from '../shared/care-plan-error';
import { CaseErrors, type CaseErrorCode } from '../shared/case-errors';

export type PlanErrorCode =
  | CaseErrorCode
  | 'CARE_PLAN.PLAN_NOT_FOUND'
  | 'CARE_PLAN.PLAN_ALREADY_EXISTS'
  | 'CARE_PLAN.DRAFT_EXISTS'
  | 'CARE_PLAN.PLAN_ENDED'
  | 'CARE_PLAN.STATUS_CHANGE_NOT_ALLOWED'
  | 'CARE_PLAN.GOAL_NOT_FOUND'
  | 'CARE_PLAN.GOAL_ALREADY_EXISTS'
  | 'CARE_PLAN.GOAL_ENDED'
  | 'CARE_PLAN.GOAL_TRANSITION_NOT_ALLOWED'
  | 'CARE_PLAN.NEED_NOT_ON_CASE'
  | 'CARE_PLAN.INTERVENTION_NOT_FOUND'
  | 'CARE_PLAN.INTERVENTION_ALREADY_EXISTS'
  | 'CARE_PLAN.INTERVENTION_TRANSITION_NOT_ALLOWED'
  | 'CARE_PLAN.NOTE_ALREADY_EXISTS'
  | 'CARE_PLAN.PLAN_HAS_NO_GOALS'
  | 'CARE_PLAN.VERSION_NOT_CURRENT'
  | 'CARE_PLAN.VERSION_NOT_SUBMITTED'
  | 'CARE_PLAN.ALREADY_APPROVED'
  | 'CARE_PLAN.SELF_APPROVAL'
  | 'CARE_PLAN.APPROVAL_FORBIDDEN'
  | 'CARE_PLAN.PLAN_NOT_IN_FORCE'
  | 'CARE_PLAN.REVIEW_INCOMPLETE'
  | 'CARE_PLAN.INVALID_PLAN'
  | 'CARE_PLAN.TEAM_APPROVALS_FORBIDDEN';

export const PlanErrors = {
  ...CaseErrors,
  approvalForbidden: (caseId: string) =>
    carePlanError(
      'CARE_PLAN.APPROVAL_FORBIDDEN',
      'forbidden',
      `Only a supervisor of the team of case ${caseId} approves or returns its plans`,
      { caseId },
    ),
  teamApprovalsForbidden: (teamId: string) =>
    carePlanError(
      'CARE_PLAN.TEAM_APPROVALS_FORBIDDEN',
      'forbidden',
      `A supervisor reads the approvals queue of their own team, not of team ${teamId}; admins and auditors read any team`,
      { teamId },
    ),
  planNotFound: (planId: string) =>
    carePlanError('CARE_PLAN.PLAN_NOT_FOUND', 'not_found', `Care plan ${planId} was not found`, { planId }),
  planAlreadyExists: (planId: string) =>
    carePlanError('CARE_PLAN.PLAN_ALREADY_EXISTS', 'conflict', `Care plan ${planId} already exists`, { planId }),
  draftExists: (planId: string) =>
    carePlanError(
      'CARE_PLAN.DRAFT_EXISTS',
      'conflict',
      `The case already has a plan in draft (${planId}): work on it, or revoke it first`,
      { planId },
    ),
  planEnded: (planId: string, status: string) =>
    carePlanError('CARE_PLAN.PLAN_ENDED', 'conflict', `Care plan ${planId} is ${status} and takes no change`, {
      planId,
      status,
    }),
  statusChangeNotAllowed: (planId: string, from: string, to: string, rule: string) =>
    carePlanError(
      'CARE_PLAN.STATUS_CHANGE_NOT_ALLOWED',
      'conflict',
      `Care plan ${planId} cannot go from ${from} to ${to}: ${rule}`,
      { planId, from, to, rule },
    ),
  goalNotFound: (goalId: string) =>
    carePlanError('CARE_PLAN.GOAL_NOT_FOUND', 'not_found', `Goal ${goalId} is not in this plan`, { goalId }),
  goalAlreadyExists: (goalId: string) =>
    carePlanError('CARE_PLAN.GOAL_ALREADY_EXISTS', 'conflict', `Goal ${goalId} already exists`, { goalId }),
  goalEnded: (goalId: string, status: string) =>
    carePlanError('CARE_PLAN.GOAL_ENDED', 'conflict', `Goal ${goalId} is ${status} and takes no change`, {
      goalId,
      status,
    }),
  goalTransitionNotAllowed: (goalId: string, from: string, to: string) =>
    carePlanError(
      'CARE_PLAN.GOAL_TRANSITION_NOT_ALLOWED',
      'conflict',
      `Goal ${goalId} cannot go from ${from} back to ${to}`,
      { goalId, from, to },
    ),
  needNotOnCase: (needs: readonly string[]) =>
    carePlanError(
      'CARE_PLAN.NEED_NOT_ON_CASE',
      'unprocessable',
      `A goal answers needs identified on the case; ${needs.join(', ')} is not`,
      { needs },
    ),
  interventionNotFound: (interventionId: string) =>
    carePlanError(
      'CARE_PLAN.INTERVENTION_NOT_FOUND',
      'not_found',
      `Intervention ${interventionId} is not under this goal`,
      { interventionId },
    ),
  interventionAlreadyExists: (interventionId: string) =>
    carePlanError(
      'CARE_PLAN.INTERVENTION_ALREADY_EXISTS',
      'conflict',
      `Intervention ${interventionId} already exists`,
      { interventionId },
    ),
  interventionTransitionNotAllowed: (interventionId: string, from: string, to: string) =>
    carePlanError(
      'CARE_PLAN.INTERVENTION_TRANSITION_NOT_ALLOWED',
      'conflict',
      `Intervention ${interventionId} cannot go from ${from} to ${to}`,
      { interventionId, from, to },
    ),
  noteAlreadyExists: (noteId: string) =>
    carePlanError('CARE_PLAN.NOTE_ALREADY_EXISTS', 'conflict', `Note ${noteId} already exists`, { noteId }),
  planHasNoGoals: (planId: string) =>
    carePlanError('CARE_PLAN.PLAN_HAS_NO_GOALS', 'conflict', `Care plan ${planId} has no goal to submit`, {
      planId,
    }),
  versionNotCurrent: (planId: string, version: number, current: number) =>
    carePlanError(
      'CARE_PLAN.VERSION_NOT_CURRENT',
      'conflict',
      `Version ${version} of care plan ${planId} is not its current version (${current}): read the plan again`,
      { planId, version, current },
    ),
  versionNotSubmitted: (planId: string, version: number) =>
    carePlanError(
      'CARE_PLAN.VERSION_NOT_SUBMITTED',
      'conflict',
      `Version ${version} of care plan ${planId} was not submitted for approval`,
      { planId, version },
    ),
  alreadyApproved: (planId: string, version: number) =>
    carePlanError('CARE_PLAN.ALREADY_APPROVED', 'conflict', `Version ${version} of ${planId} is already approved`, {
      planId,
      version,
    }),
  selfApproval: (planId: string, version: number) =>
    carePlanError(
      'CARE_PLAN.SELF_APPROVAL',
      'forbidden',
      `You wrote or submitted version ${version} of care plan ${planId}: another supervisor of the team approves it`,
      { planId, version },
    ),
  planNotInForce: (planId: string, status: string) =>
    carePlanError(
      'CARE_PLAN.PLAN_NOT_IN_FORCE',
      'conflict',
      `Care plan ${planId} is ${status}: only an active or on-hold plan is reviewed`,
      { planId, status },
    ),
  reviewIncomplete: (goalIds: readonly string[]) =>
    carePlanError(
      'CARE_PLAN.REVIEW_INCOMPLETE',
      'invalid',
      `goals: a review gives the progress of every goal still open; missing ${goalIds.join(', ')}`,
      { field: 'goals', goalIds },
    ),
  invalid: (field: string, reason: string) =>
    carePlanError('CARE_PLAN.INVALID_PLAN', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: PlanErrorCode }>;
