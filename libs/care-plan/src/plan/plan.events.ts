// The events of a case's care plans (FHIR R4 CarePlan and Goal as the vocabulary). Every plan of a case is in one
// stream, `care-plan.plan-<case id>`. Free text (a goal in the client's words, notes, reasons, comments, summaries)
// travels in `personal`, sealed with the client's key; it reads as null once the key is shredded.

/** FHIR CarePlan.status, without `unknown`. */
export const PLAN_STATUSES = ['draft', 'active', 'on-hold', 'completed', 'revoked', 'entered-in-error'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** The statuses a plan ends in: it takes no change after them. */
export const ENDED_PLAN_STATUSES = [
  'completed',
  'revoked',
  'entered-in-error',
] as const satisfies readonly PlanStatus[];
/** What a worker may move a plan to by hand; `active` from `draft` comes with the approval only. */
export const PLAN_STATUS_CHANGES = ['active', 'on-hold', 'completed', 'revoked', 'entered-in-error'] as const;
export type PlanStatusChange = (typeof PLAN_STATUS_CHANGES)[number];

/** FHIR Goal.lifecycleStatus, without `rejected` and `entered-in-error` (a goal added in error is cancelled). */
export const GOAL_LIFECYCLE_STATUSES = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
] as const;
export type GoalLifecycleStatus = (typeof GOAL_LIFECYCLE_STATUSES)[number];
export const ENDED_GOAL_STATUSES = ['completed', 'cancelled'] as const satisfies readonly GoalLifecycleStatus[];

/** FHIR Goal.achievementStatus. */
export const GOAL_ACHIEVEMENT_STATUSES = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
] as const;
export type GoalAchievementStatus = (typeof GOAL_ACHIEVEMENT_STATUSES)[number];

/** The screenings whose total a goal may be measured by, and how the total compares with the target. */
export const MEASURE_INSTRUMENTS = ['PHQ-9', 'GAD-7', 'AUDIT-C'] as const;
export type MeasureInstrument = (typeof MEASURE_INSTRUMENTS)[number];
export const MEASURE_COMPARATORS = ['<', '<=', '>', '>='] as const;
export type MeasureComparator = (typeof MEASURE_COMPARATORS)[number];

/** A goal's measure: for example a PHQ-9 total below 10, compared with the case's later screenings. */
export interface GoalMeasure {
  readonly instrument: MeasureInstrument;
  readonly comparator: MeasureComparator;
  readonly value: number;
}

export const INTERVENTION_STATUSES = ['scheduled', 'in-progress', 'completed', 'cancelled'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];
export const ENDED_INTERVENTION_STATUSES = ['completed', 'cancelled'] as const satisfies readonly InterventionStatus[];

export const RESPONSIBLE_KINDS = ['case_manager', 'client', 'provider_organization'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];
/** Who carries an intervention out: a provider organisation is named by its directory id. */
export interface Responsible {
  readonly kind: ResponsibleKind;
  readonly organizationId?: string;
}

// `version` on an event is the plan's version after it: a change to what the plan says (goals, their needs, target
// dates and measures, lifecycle, interventions added or cancelled) makes a new version; recording what happened
// (achievement, an intervention's progress, notes, reviews) does not. `by` is the worker whose change it is: the
// author of a version may not approve it.

export type CarePlanDrafted = {
  readonly type: 'CarePlanDrafted';
  readonly data: { readonly caseId: string; readonly planId: string; readonly version: 1; readonly by: string };
};
export type GoalAdded = {
  readonly type: 'GoalAdded';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    /** The case's needs the goal answers (need codes). */
    readonly needs: readonly string[];
    readonly lifecycleStatus: GoalLifecycleStatus;
    /** A calendar date in the agency's time zone. */
    readonly targetDate: string;
    readonly measure: GoalMeasure | null;
    readonly version: number;
    readonly by: string;
    readonly personal: { readonly description: string } | null;
  };
};
export type GoalRevised = {
  readonly type: 'GoalRevised';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly needs: readonly string[];
    readonly targetDate: string;
    readonly measure: GoalMeasure | null;
    readonly version: number;
    readonly by: string;
    readonly personal: { readonly description: string } | null;
  };
};
export type GoalLifecycleChanged = {
  readonly type: 'GoalLifecycleChanged';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly from: GoalLifecycleStatus;
    readonly to: GoalLifecycleStatus;
    readonly version: number;
    readonly by: string;
    readonly personal?: { readonly reason: string } | null;
  };
};
export type GoalAchievementRecorded = {
  readonly type: 'GoalAchievementRecorded';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly from: GoalAchievementStatus | null;
    readonly to: GoalAchievementStatus;
    readonly by: string;
  };
};
export type ProgressNoted = {
  readonly type: 'ProgressNoted';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly noteId: string;
    readonly by: string;
    readonly personal: { readonly text: string } | null;
  };
};
export type InterventionAdded = {
  readonly type: 'InterventionAdded';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly interventionId: string;
    readonly responsible: Responsible;
    readonly dueDate: string;
    /** The referral carrying it out, once referrals exist. */
    readonly referralId: string | null;
    readonly version: number;
    readonly by: string;
    readonly personal: { readonly description: string } | null;
  };
};
export type InterventionStatusChanged = {
  readonly type: 'InterventionStatusChanged';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly goalId: string;
    readonly interventionId: string;
    readonly from: InterventionStatus;
    readonly to: InterventionStatus;
    /** Present when the change is one to what the plan says (a cancellation). */
    readonly version?: number;
    readonly by: string;
  };
};
export type CarePlanSubmitted = {
  readonly type: 'CarePlanSubmitted';
  readonly data: { readonly caseId: string; readonly planId: string; readonly version: number; readonly by: string };
};
export type CarePlanApproved = {
  readonly type: 'CarePlanApproved';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    /** The exact version approved: later changes leave the approval on it. */
    readonly version: number;
    readonly by: string;
    /** The agency's calendar date of the approval. */
    readonly approvedOn: string;
    /** The approval of a draft makes the plan active. */
    readonly activated: boolean;
    /** The program's review interval after the approval. */
    readonly nextReviewDueBy: string;
  };
};
export type CarePlanReturned = {
  readonly type: 'CarePlanReturned';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly version: number;
    readonly by: string;
    readonly personal: { readonly comments: string } | null;
  };
};
/** The approval of a new plan ends the one it replaces (FHIR: revoked, replaced by a new plan). */
export type CarePlanSuperseded = {
  readonly type: 'CarePlanSuperseded';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly from: PlanStatus;
    readonly supersededBy: string;
  };
};
export type CarePlanStatusChanged = {
  readonly type: 'CarePlanStatusChanged';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly from: PlanStatus;
    readonly to: PlanStatusChange;
    readonly by: string;
    readonly personal?: { readonly reason: string } | null;
  };
};
export type CarePlanReviewed = {
  readonly type: 'CarePlanReviewed';
  readonly data: {
    readonly caseId: string;
    readonly planId: string;
    readonly reviewId: string;
    readonly reviewedOn: string;
    readonly by: string;
    /** Each goal's progress at the review. */
    readonly goals: readonly { readonly goalId: string; readonly achievementStatus: GoalAchievementStatus }[];
    readonly nextReviewDueBy: string;
    readonly personal: { readonly summary: string } | null;
  };
};

export type PlanEvent =
  | CarePlanDrafted
  | GoalAdded
  | GoalRevised
  | GoalLifecycleChanged
  | GoalAchievementRecorded
  | ProgressNoted
  | InterventionAdded
  | InterventionStatusChanged
  | CarePlanSubmitted
  | CarePlanApproved
  | CarePlanReturned
  | CarePlanSuperseded
  | CarePlanStatusChanged
  | CarePlanReviewed;
