import { addDays } from '@casemgmt/kernel';
import { CLOSED_STATUS, type CaseScope } from '../shared/case-scope';
import type { ApproveCarePlan, ReturnCarePlan, SubmitCarePlan } from './plan.commands';
import { PlanErrors } from './plan.errors';
import { ENDED_GOAL_STATUSES, type PlanEvent } from './plan.events';
import type { PlanRecord, PlansState } from './plan.state';
import { assertNotEnded } from './plan.rules';

/** The commands of a plan's approval, each pinned to the version the worker saw. */
export type ApprovalCommand = SubmitCarePlan | ApproveCarePlan | ReturnCarePlan;

/**
 * Approval pinned to a version: the case manager submits the version they see; a supervisor of the case's team
 * approves exactly that version, or returns it with comments; none of its authors may approve it. A change after
 * the approval makes a new version and leaves the approval on the old one (awaiting re-approval).
 */
export function decideApproval(
  command: ApprovalCommand,
  plan: PlanRecord,
  state: PlansState,
  scope: CaseScope,
): PlanEvent[] {
  if (scope.status === CLOSED_STATUS) throw PlanErrors.caseNotOpen(scope.caseId, scope.status);
  assertNotEnded(plan);
  const { version } = command.data;
  const by = command.metadata.actor.id;
  const on = { caseId: scope.caseId, planId: plan.planId, version, by };
  if (version !== plan.version) throw PlanErrors.versionNotCurrent(plan.planId, version, plan.version);
  if (command.type === 'SubmitCarePlan') {
    if (plan.approved?.version === version) throw PlanErrors.alreadyApproved(plan.planId, version);
    if (plan.submitted?.version === version && plan.approvalStatus === 'submitted') return [];
    const openGoals = plan.goals.filter(
      (goal) => !(ENDED_GOAL_STATUSES as readonly string[]).includes(goal.lifecycleStatus),
    );
    if (openGoals.length === 0) throw PlanErrors.planHasNoGoals(plan.planId);
    return [{ type: 'CarePlanSubmitted', data: on }];
  }
  if (plan.approved?.version === version) {
    if (command.type === 'ApproveCarePlan') return [];
    throw PlanErrors.alreadyApproved(plan.planId, version);
  }
  if (plan.approvalStatus !== 'submitted') throw PlanErrors.versionNotSubmitted(plan.planId, version);
  if (command.type === 'ReturnCarePlan') {
    const comments = command.data.comments?.trim();
    if (!comments) throw PlanErrors.invalid('comments', 'say what to change');
    return [{ type: 'CarePlanReturned', data: { ...on, personal: { comments } } }];
  }
  if (plan.authors.includes(by) || plan.submitted?.by === by) throw PlanErrors.selfApproval(plan.planId, version);
  const activated = plan.status === 'draft';
  const approved: PlanEvent = {
    type: 'CarePlanApproved',
    data: {
      ...on,
      approvedOn: command.data.today,
      activated,
      nextReviewDueBy: addDays(command.data.today, command.data.reviewIntervalDays),
    },
  };
  if (!activated) return [approved];
  // One plan in force per case: the one this approval puts in force replaces the one before it.
  const replaced = state.plans.filter(
    (other) => other.planId !== plan.planId && (other.status === 'active' || other.status === 'on-hold'),
  );
  return [
    approved,
    ...replaced.map((other): PlanEvent => ({
      type: 'CarePlanSuperseded',
      data: { caseId: scope.caseId, planId: other.planId, from: other.status, supersededBy: plan.planId },
    })),
  ];
}
