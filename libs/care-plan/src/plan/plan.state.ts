import type {
  GoalAchievementStatus,
  GoalLifecycleStatus,
  GoalMeasure,
  InterventionStatus,
  PlanEvent,
  PlanStatus,
  Responsible,
} from './plan.events';

export interface InterventionRecord {
  readonly interventionId: string;
  /** Null once the client's personal data is erased. */
  readonly description: string | null;
  readonly responsible: Responsible;
  readonly dueDate: string;
  readonly status: InterventionStatus;
  readonly referralId: string | null;
}

export interface ProgressNote {
  readonly noteId: string;
  readonly by: string;
  readonly text: string | null;
}

export interface GoalRecord {
  readonly goalId: string;
  readonly needs: readonly string[];
  readonly description: string | null;
  readonly targetDate: string;
  readonly measure: GoalMeasure | null;
  readonly lifecycleStatus: GoalLifecycleStatus;
  readonly achievementStatus: GoalAchievementStatus | null;
  readonly interventions: readonly InterventionRecord[];
  readonly notes: readonly ProgressNote[];
}

export interface ReviewRecord {
  readonly reviewId: string;
  readonly reviewedOn: string;
  readonly by: string;
  readonly summary: string | null;
  readonly goals: readonly { readonly goalId: string; readonly achievementStatus: GoalAchievementStatus }[];
}

/**
 * Where the plan's approval stands: `approved` when the current version is the approved one, `awaiting-re-approval`
 * when a version was approved and the plan changed since (and the change is not submitted yet).
 */
export type ApprovalStatus = 'not-submitted' | 'submitted' | 'returned' | 'approved' | 'awaiting-re-approval';

export interface PlanRecord {
  readonly planId: string;
  readonly status: PlanStatus;
  /** The version of what the plan says: 1 when drafted, one more with each change to its goals or interventions. */
  readonly version: number;
  readonly createdBy: string;
  /** The workers who changed the plan since its last approved version: none of them may approve the next one. */
  readonly authors: readonly string[];
  readonly goals: readonly GoalRecord[];
  readonly submitted: { readonly version: number; readonly by: string } | null;
  readonly returned: { readonly version: number; readonly by: string; readonly comments: string | null } | null;
  readonly approved: { readonly version: number; readonly by: string; readonly approvedOn: string } | null;
  /** Every approval, oldest first. */
  readonly approvals: readonly { readonly version: number; readonly by: string; readonly approvedOn: string }[];
  readonly approvalStatus: ApprovalStatus;
  readonly reviews: readonly ReviewRecord[];
  readonly nextReviewDueBy: string | null;
  readonly supersededBy: string | null;
  /** Why the plan was last put on hold, revoked or entered in error; null after erasure or without a reason. */
  readonly statusReason: string | null;
}

/** The care plans of one case, oldest first. */
export interface PlansState {
  readonly caseId: string | null;
  readonly plans: readonly PlanRecord[];
}

export const initialPlansState = (): PlansState => ({ caseId: null, plans: [] });

export function approvalStatusOf(plan: Omit<PlanRecord, 'approvalStatus'>): ApprovalStatus {
  if (plan.approved?.version === plan.version) return 'approved';
  if (plan.submitted?.version === plan.version) return 'submitted';
  if (plan.returned?.version === plan.version) return 'returned';
  return plan.approved ? 'awaiting-re-approval' : 'not-submitted';
}

export function evolvePlans(state: PlansState, event: PlanEvent): PlansState {
  if (event.type === 'CarePlanDrafted') {
    const { caseId, planId, version, by } = event.data;
    return { caseId, plans: [...state.plans, drafted(planId, version, by)] };
  }
  return {
    ...state,
    plans: state.plans.map((plan) => (plan.planId === event.data.planId ? evolvePlan(plan, event) : plan)),
  };
}

function drafted(planId: string, version: number, by: string): PlanRecord {
  return {
    planId,
    status: 'draft',
    version,
    createdBy: by,
    authors: [by],
    goals: [],
    submitted: null,
    returned: null,
    approved: null,
    approvals: [],
    approvalStatus: 'not-submitted',
    reviews: [],
    nextReviewDueBy: null,
    supersededBy: null,
    statusReason: null,
  };
}

function withApprovalStatus(plan: Omit<PlanRecord, 'approvalStatus'>): PlanRecord {
  return { ...plan, approvalStatus: approvalStatusOf(plan) };
}

/** A change to what the plan says: the new version, and its author among those who may not approve it. */
function changed(plan: PlanRecord, version: number, by: string): Omit<PlanRecord, 'approvalStatus'> {
  return { ...plan, version, authors: plan.authors.includes(by) ? plan.authors : [...plan.authors, by] };
}

function withGoal(plan: PlanRecord, goalId: string, change: (goal: GoalRecord) => GoalRecord): PlanRecord {
  return { ...plan, goals: plan.goals.map((goal) => (goal.goalId === goalId ? change(goal) : goal)) };
}

function withIntervention(
  goal: GoalRecord,
  interventionId: string,
  change: (intervention: InterventionRecord) => InterventionRecord,
): GoalRecord {
  return {
    ...goal,
    interventions: goal.interventions.map((item) => (item.interventionId === interventionId ? change(item) : item)),
  };
}

function evolvePlan(plan: PlanRecord, event: Exclude<PlanEvent, { type: 'CarePlanDrafted' }>): PlanRecord {
  switch (event.type) {
    case 'GoalAdded': {
      const { goalId, needs, targetDate, measure, lifecycleStatus, version, by, personal } = event.data;
      const goal: GoalRecord = {
        goalId,
        needs,
        description: personal?.description ?? null,
        targetDate,
        measure,
        lifecycleStatus,
        achievementStatus: null,
        interventions: [],
        notes: [],
      };
      return withApprovalStatus({ ...changed(plan, version, by), goals: [...plan.goals, goal] });
    }
    case 'GoalRevised': {
      const { goalId, needs, targetDate, measure, version, by, personal } = event.data;
      const revised = withGoal(plan, goalId, (goal) => ({
        ...goal,
        needs,
        targetDate,
        measure,
        description: personal?.description ?? null,
      }));
      return withApprovalStatus(changed(revised, version, by));
    }
    case 'GoalLifecycleChanged': {
      const { goalId, to, version, by } = event.data;
      return withApprovalStatus(
        changed(
          withGoal(plan, goalId, (goal) => ({ ...goal, lifecycleStatus: to })),
          version,
          by,
        ),
      );
    }
    case 'GoalAchievementRecorded':
      return withGoal(plan, event.data.goalId, (goal) => ({ ...goal, achievementStatus: event.data.to }));
    case 'ProgressNoted': {
      const { goalId, noteId, by, personal } = event.data;
      return withGoal(plan, goalId, (goal) => ({
        ...goal,
        notes: [...goal.notes, { noteId, by, text: personal?.text ?? null }],
      }));
    }
    case 'InterventionAdded': {
      const { goalId, interventionId, responsible, dueDate, referralId, version, by, personal } = event.data;
      const intervention: InterventionRecord = {
        interventionId,
        description: personal?.description ?? null,
        responsible,
        dueDate,
        status: 'scheduled',
        referralId,
      };
      const added = withGoal(plan, goalId, (goal) => ({
        ...goal,
        interventions: [...goal.interventions, intervention],
      }));
      return withApprovalStatus(changed(added, version, by));
    }
    case 'InterventionStatusChanged': {
      const { goalId, interventionId, to, version, by } = event.data;
      const moved = withGoal(plan, goalId, (goal) =>
        withIntervention(goal, interventionId, (intervention) => ({ ...intervention, status: to })),
      );
      return version === undefined ? moved : withApprovalStatus(changed(moved, version, by));
    }
    case 'CarePlanSubmitted':
      return withApprovalStatus({ ...plan, submitted: { version: event.data.version, by: event.data.by } });
    case 'CarePlanReturned': {
      const { version, by, personal } = event.data;
      return withApprovalStatus({
        ...plan,
        submitted: null,
        returned: { version, by, comments: personal?.comments ?? null },
      });
    }
    case 'CarePlanApproved': {
      const { version, by, approvedOn, activated, nextReviewDueBy } = event.data;
      const approval = { version, by, approvedOn };
      return withApprovalStatus({
        ...plan,
        status: activated ? 'active' : plan.status,
        approved: approval,
        approvals: [...plan.approvals, approval],
        authors: [],
        nextReviewDueBy,
      });
    }
    case 'CarePlanSuperseded':
      return { ...plan, status: 'revoked', supersededBy: event.data.supersededBy, statusReason: null };
    case 'CarePlanStatusChanged':
      return { ...plan, status: event.data.to, statusReason: event.data.personal?.reason ?? null };
    case 'CarePlanReviewed': {
      const { reviewId, reviewedOn, by, goals, nextReviewDueBy, personal } = event.data;
      const progress = new Map(goals.map((goal) => [goal.goalId, goal.achievementStatus]));
      return {
        ...plan,
        goals: plan.goals.map((goal) => ({
          ...goal,
          achievementStatus: progress.get(goal.goalId) ?? goal.achievementStatus,
        })),
        reviews: [...plan.reviews, { reviewId, reviewedOn, by, goals, summary: personal?.summary ?? null }],
        nextReviewDueBy,
      };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown plan event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
