import type { Provider, Type } from '@nestjs/common';
import { AddGoalHttpController } from './commands/add-goal/add-goal.http.controller';
import { AddInterventionHttpController } from './commands/add-intervention/add-intervention.http.controller';
import { ApproveCarePlanHttpController } from './commands/approve-care-plan/approve-care-plan.http.controller';
import { ChangeCarePlanStatusHttpController } from './commands/change-care-plan-status/change-care-plan-status.http.controller';
import { ChangeGoalLifecycleHttpController } from './commands/change-goal-lifecycle/change-goal-lifecycle.http.controller';
import { ChangeInterventionStatusHttpController } from './commands/change-intervention-status/change-intervention-status.http.controller';
import { DraftCarePlanHttpController } from './commands/draft-care-plan/draft-care-plan.http.controller';
import { NoteProgressHttpController } from './commands/note-progress/note-progress.http.controller';
import { RecordGoalAchievementHttpController } from './commands/record-goal-achievement/record-goal-achievement.http.controller';
import { ReturnCarePlanHttpController } from './commands/return-care-plan/return-care-plan.http.controller';
import { ReviewCarePlanHttpController } from './commands/review-care-plan/review-care-plan.http.controller';
import { ReviseGoalHttpController } from './commands/revise-goal/revise-goal.http.controller';
import { SubmitCarePlanHttpController } from './commands/submit-care-plan/submit-care-plan.http.controller';
import { PlanCommandHandler } from './plan-command.handler';
import { GetPlanVersionHttpController } from './queries/get-plan-version/get-plan-version.http.controller';
import { GetPlanVersionQuery } from './queries/get-plan-version/get-plan-version.query';
import { GetTeamApprovalsHttpController } from './queries/get-team-approvals/get-team-approvals.http.controller';
import { GetTeamApprovalsQuery } from './queries/get-team-approvals/get-team-approvals.query';
import { GetPlansHttpController } from './queries/get-plans/get-plans.http.controller';
import { GetPlansQuery } from './queries/get-plans/get-plans.query';

// Everything the plan aggregate adds to the care plan module.
export const PLAN_CONTROLLERS: readonly Type[] = [
  DraftCarePlanHttpController,
  AddGoalHttpController,
  ReviseGoalHttpController,
  ChangeGoalLifecycleHttpController,
  RecordGoalAchievementHttpController,
  NoteProgressHttpController,
  AddInterventionHttpController,
  ChangeInterventionStatusHttpController,
  SubmitCarePlanHttpController,
  ApproveCarePlanHttpController,
  ReturnCarePlanHttpController,
  ChangeCarePlanStatusHttpController,
  ReviewCarePlanHttpController,
  GetPlansHttpController,
  GetPlanVersionHttpController,
  GetTeamApprovalsHttpController,
];
export const PLAN_PROVIDERS: readonly Provider[] = [
  PlanCommandHandler,
  GetPlansQuery,
  GetPlanVersionQuery,
  GetTeamApprovalsQuery,
];
