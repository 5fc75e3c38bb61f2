import type { Command } from '@casemgmt/decider';
import type { OnCase } from '../shared/case-scope';
import type {
  GoalAchievementStatus,
  GoalLifecycleStatus,
  GoalMeasure,
  InterventionStatus,
  PlanStatusChange,
  Responsible,
} from './plan.events';

interface OnPlan extends OnCase {
  readonly planId: string;
}
interface OnGoal extends OnPlan {
  readonly goalId: string;
}

export interface GoalContent {
  readonly needs: readonly string[];
  readonly description: string;
  readonly targetDate: string;
  readonly measure?: GoalMeasure | null;
}

export type DraftCarePlan = Command<'DraftCarePlan', OnPlan>;
export type AddGoal = Command<'AddGoal', OnGoal & GoalContent & { readonly lifecycleStatus?: GoalLifecycleStatus }>;
export type ReviseGoal = Command<'ReviseGoal', OnGoal & GoalContent>;
export type ChangeGoalLifecycle = Command<
  'ChangeGoalLifecycle',
  OnGoal & { readonly to: GoalLifecycleStatus; readonly reason?: string }
>;
export type RecordGoalAchievement = Command<'RecordGoalAchievement', OnGoal & { readonly to: GoalAchievementStatus }>;
export type NoteProgress = Command<'NoteProgress', OnGoal & { readonly noteId: string; readonly text: string }>;
export type AddIntervention = Command<
  'AddIntervention',
  OnGoal & {
    readonly interventionId: string;
    readonly description: string;
    readonly responsible: Responsible;
    readonly dueDate: string;
    readonly referralId?: string;
  }
>;
export type ChangeInterventionStatus = Command<
  'ChangeInterventionStatus',
  OnGoal & { readonly interventionId: string; readonly to: InterventionStatus }
>;
export type SubmitCarePlan = Command<'SubmitCarePlan', OnPlan & { readonly version: number }>;
export type ApproveCarePlan = Command<
  'ApproveCarePlan',
  OnPlan & {
    readonly version: number;
    /** The agency's calendar date now. */
    readonly today: string;
    /** The case's program's review interval, from program configuration. */
    readonly reviewIntervalDays: number;
  }
>;
export type ReturnCarePlan = Command<
  'ReturnCarePlan',
  OnPlan & { readonly version: number; readonly comments: string }
>;
export type ChangeCarePlanStatus = Command<
  'ChangeCarePlanStatus',
  OnPlan & { readonly to: PlanStatusChange; readonly reason?: string }
>;
export type ReviewCarePlan = Command<
  'ReviewCarePlan',
  OnPlan & {
    readonly reviewId: string;
    readonly reviewedOn: string;
    readonly today: string;
    readonly summary: string;
    readonly goals: readonly { readonly goalId: string; readonly achievementStatus: GoalAchievementStatus }[];
    readonly reviewIntervalDays: number;
  }
>;

export type PlanCommand =
  | DraftCarePlan
  | AddGoal
  | ReviseGoal
  | ChangeGoalLifecycle
  | RecordGoalAchievement
  | NoteProgress
  | AddIntervention
  | ChangeInterventionStatus
  | SubmitCarePlan
  | ApproveCarePlan
  | ReturnCarePlan
  | ChangeCarePlanStatus
  | ReviewCarePlan;
