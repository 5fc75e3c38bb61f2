import { addDays, isCalendarDate } from '@casemgmt/kernel';
import { caseWriteGrant, commandActor, planApprovalGrant, type CarePlanGrant } from '../shared/care-plan-access.policy';
import { CLOSED_STATUS, type CaseScope } from '../shared/case-scope';
import { writableCase } from '../shared/case-write.rules';
import { decideGoalCommand, type GoalCommand } from './plan-goals.rules';
import { decideApproval, type ApprovalCommand } from './plan-approval.rules';
import type { ChangeCarePlanStatus, DraftCarePlan, PlanCommand, ReviewCarePlan } from './plan.commands';
import { PlanErrors } from './plan.errors';
import {
  ENDED_GOAL_STATUSES,
  GOAL_ACHIEVEMENT_STATUSES,
  type CarePlanStatusChanged,
  type CarePlanReviewed,
  type PlanEvent,
  type PlanStatus,
} from './plan.events';
import type { PlanRecord, PlansState } from './plan.state';
import { assertNotEnded, planOf } from './plan.rules';

/** Commands that end a plan: the only ones a case that is no longer open still takes. */
const ENDING = new Set<string>(['completed', 'revoked', 'entered-in-error']);

export function decidePlan(command: PlanCommand, state: PlansState): PlanEvent[] {
  const scope = writableCaseOf(command);
  if (command.type === 'DraftCarePlan') return draft(command, scope, state);
  const plan = planOf(state, command.data.planId);
  switch (command.type) {
    case 'SubmitCarePlan':
    case 'ApproveCarePlan':
    case 'ReturnCarePlan':
      return decideApproval(command as ApprovalCommand, plan, state, scope);
    case 'ChangeCarePlanStatus':
      return changeStatus(command, plan, scope);
    case 'ReviewCarePlan':
      return review(command, plan);
    default:
      if (scope.status === CLOSED_STATUS) throw PlanErrors.caseNotOpen(scope.caseId, scope.status);
      assertNotEnded(plan);
      return decideGoalCommand(command as GoalCommand, plan, scope);
  }
}

/** The role the command is allowed under: recorded on its events. */
export function planGrantingRole(command: PlanCommand): string | undefined {
  const grant = grantOf(command);
  return grant?.decision === 'granted' ? grant.role : undefined;
}

function grantOf(command: PlanCommand): CarePlanGrant | undefined {
  const scope = command.data.case;
  if (!scope) return undefined;
  const actor = commandActor(command.metadata);
  return command.type === 'ApproveCarePlan' || command.type === 'ReturnCarePlan'
    ? planApprovalGrant(actor, scope)
    : caseWriteGrant(actor, scope);
}

/** The case, if care plan knows it and the actor may do this to it; approving and returning have their own refusal. */
function writableCaseOf(command: PlanCommand): CaseScope {
  const approval = command.type === 'ApproveCarePlan' || command.type === 'ReturnCarePlan';
  return writableCase(
    command.data,
    command.metadata,
    grantOf(command),
    approval ? (scope) => PlanErrors.approvalForbidden(scope.caseId) : undefined,
  );
}

function draft(command: DraftCarePlan, scope: CaseScope, state: PlansState): PlanEvent[] {
  const { planId } = command.data;
  if (scope.status === CLOSED_STATUS) throw PlanErrors.caseNotOpen(scope.caseId, scope.status);
  if (state.plans.some((plan) => plan.planId === planId)) throw PlanErrors.planAlreadyExists(planId);
  const openDraft = state.plans.find((plan) => plan.status === 'draft');
  if (openDraft) throw PlanErrors.draftExists(openDraft.planId);
  return [
    { type: 'CarePlanDrafted', data: { caseId: scope.caseId, planId, version: 1, by: command.metadata.actor.id } },
  ];
}

// Moves a worker may make: on-hold and back, completion of a plan in force, revocation of one not ended, and
// entered-in-error from anything but itself. A draft becomes active only by its approval.
const ALLOWED_FROM: Readonly<Record<ChangeCarePlanStatus['data']['to'], readonly PlanStatus[]>> = {
  active: ['on-hold'],
  'on-hold': ['active'],
  completed: ['active', 'on-hold'],
  revoked: ['draft', 'active', 'on-hold'],
  'entered-in-error': ['draft', 'active', 'on-hold', 'completed', 'revoked'],
};
const REASON_REQUIRED = new Set<string>(['on-hold', 'revoked', 'entered-in-error']);

function changeStatus(command: ChangeCarePlanStatus, plan: PlanRecord, scope: CaseScope): CarePlanStatusChanged[] {
  const { to } = command.data;
  if (plan.status === to) return [];
  if (scope.status === CLOSED_STATUS && !ENDING.has(to)) throw PlanErrors.caseNotOpen(scope.caseId, scope.status);
  if (!ALLOWED_FROM[to].includes(plan.status)) {
    const rule =
      plan.status === 'draft' && to !== 'revoked'
        ? 'a draft becomes active when a supervisor approves it'
        : `a plan goes to ${to} only from ${ALLOWED_FROM[to].join(' or ')}`;
    throw PlanErrors.statusChangeNotAllowed(plan.planId, plan.status, to, rule);
  }
  const reason = command.data.reason?.trim();
  if (REASON_REQUIRED.has(to) && !reason) throw PlanErrors.invalid('reason', `is required to put a plan ${to}`);
  return [
    {
      type: 'CarePlanStatusChanged',
      data: {
        caseId: scope.caseId,
        planId: plan.planId,
        from: plan.status,
        to,
        by: command.metadata.actor.id,
        ...(reason ? { personal: { reason } } : {}),
      },
    },
  ];
}

function review(command: ReviewCarePlan, plan: PlanRecord): CarePlanReviewed[] {
  const { reviewId, reviewedOn, today, goals, reviewIntervalDays } = command.data;
  if (plan.status !== 'active' && plan.status !== 'on-hold') throw PlanErrors.planNotInForce(plan.planId, plan.status);
  if (plan.reviews.some((existing) => existing.reviewId === reviewId)) return [];
  if (!isCalendarDate(reviewedOn)) throw PlanErrors.invalid('reviewedOn', 'must be a date, YYYY-MM-DD');
  if (reviewedOn > today) throw PlanErrors.invalid('reviewedOn', 'may not be in the future');
  const summary = command.data.summary?.trim();
  if (!summary) throw PlanErrors.invalid('summary', 'is required');
  const known = new Set(plan.goals.map((goal) => goal.goalId));
  const unknown = goals.find((goal) => !known.has(goal.goalId));
  if (unknown) throw PlanErrors.goalNotFound(unknown.goalId);
  for (const goal of goals) {
    if (!(GOAL_ACHIEVEMENT_STATUSES as readonly string[]).includes(goal.achievementStatus)) {
      throw PlanErrors.invalid('goals.achievementStatus', `must be one of ${GOAL_ACHIEVEMENT_STATUSES.join(', ')}`);
    }
  }
  const given = new Set(goals.map((goal) => goal.goalId));
  const missing = plan.goals
    .filter((goal) => !(ENDED_GOAL_STATUSES as readonly string[]).includes(goal.lifecycleStatus))
    .filter((goal) => !given.has(goal.goalId))
    .map((goal) => goal.goalId);
  if (missing.length > 0) throw PlanErrors.reviewIncomplete(missing);
  return [
    {
      type: 'CarePlanReviewed',
      data: {
        caseId: command.data.caseId,
        planId: plan.planId,
        reviewId,
        reviewedOn,
        by: command.metadata.actor.id,
        goals: goals.map(({ goalId, achievementStatus }) => ({ goalId, achievementStatus })),
        nextReviewDueBy: addDays(reviewedOn, reviewIntervalDays),
        personal: { summary },
      },
    },
  ];
}
