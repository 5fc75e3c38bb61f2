import { isCalendarDate } from '@casemgmt/kernel';
import type { CaseScope } from '../shared/case-scope';
import type {
  AddGoal,
  AddIntervention,
  ChangeGoalLifecycle,
  ChangeInterventionStatus,
  GoalContent,
  NoteProgress,
  RecordGoalAchievement,
  ReviseGoal,
} from './plan.commands';
import { PlanErrors } from './plan.errors';
import { oneOf, required } from './plan.rules';
import {
  ENDED_GOAL_STATUSES,
  ENDED_INTERVENTION_STATUSES,
  GOAL_ACHIEVEMENT_STATUSES,
  GOAL_LIFECYCLE_STATUSES,
  INTERVENTION_STATUSES,
  MEASURE_COMPARATORS,
  MEASURE_INSTRUMENTS,
  RESPONSIBLE_KINDS,
  type GoalMeasure,
  type PlanEvent,
  type Responsible,
} from './plan.events';
import type { GoalRecord, PlanRecord } from './plan.state';

/** The commands on a plan's goals and interventions. */
export type GoalCommand =
  | AddGoal
  | ReviseGoal
  | ChangeGoalLifecycle
  | RecordGoalAchievement
  | NoteProgress
  | AddIntervention
  | ChangeInterventionStatus;

/** Decides a command on a plan not ended, of a case that is open and the actor may change. */
export function decideGoalCommand(command: GoalCommand, plan: PlanRecord, scope: CaseScope): PlanEvent[] {
  const by = command.metadata.actor.id;
  const on = { caseId: scope.caseId, planId: plan.planId, goalId: command.data.goalId };
  const next = plan.version + 1;
  if (command.type === 'AddGoal') {
    if (plan.goals.some((goal) => goal.goalId === command.data.goalId)) {
      throw PlanErrors.goalAlreadyExists(command.data.goalId);
    }
    const content = goalContent(command.data, scope);
    const lifecycleStatus = oneOf(
      'lifecycleStatus',
      command.data.lifecycleStatus ?? 'proposed',
      GOAL_LIFECYCLE_STATUSES,
    );
    if ((ENDED_GOAL_STATUSES as readonly string[]).includes(lifecycleStatus)) {
      throw PlanErrors.invalid('lifecycleStatus', 'a new goal may not start completed or cancelled');
    }
    const { description, ...rest } = content;
    return [
      { type: 'GoalAdded', data: { ...on, ...rest, lifecycleStatus, version: next, by, personal: { description } } },
    ];
  }
  const goal = goalOf(plan, command.data.goalId);
  switch (command.type) {
    case 'ReviseGoal': {
      assertGoalOpen(goal);
      const { description, ...rest } = goalContent(command.data, scope);
      return [{ type: 'GoalRevised', data: { ...on, ...rest, version: next, by, personal: { description } } }];
    }
    case 'ChangeGoalLifecycle': {
      const to = oneOf('to', command.data.to, GOAL_LIFECYCLE_STATUSES);
      if (to === goal.lifecycleStatus) return [];
      assertGoalOpen(goal);
      if (to === 'proposed') throw PlanErrors.goalTransitionNotAllowed(goal.goalId, goal.lifecycleStatus, to);
      const reason = command.data.reason?.trim();
      if (to === 'cancelled' && !reason) throw PlanErrors.invalid('reason', 'is required to cancel a goal');
      return [
        {
          type: 'GoalLifecycleChanged',
          data: {
            ...on,
            from: goal.lifecycleStatus,
            to,
            version: next,
            by,
            ...(reason ? { personal: { reason } } : {}),
          },
        },
      ];
    }
    case 'RecordGoalAchievement': {
      const to = oneOf('to', command.data.to, GOAL_ACHIEVEMENT_STATUSES);
      if (to === goal.achievementStatus) return [];
      return [{ type: 'GoalAchievementRecorded', data: { ...on, from: goal.achievementStatus, to, by } }];
    }
    case 'NoteProgress': {
      const { noteId } = command.data;
      if (goal.notes.some((note) => note.noteId === noteId)) throw PlanErrors.noteAlreadyExists(noteId);
      const text = required('text', command.data.text);
      return [{ type: 'ProgressNoted', data: { ...on, noteId, by, personal: { text } } }];
    }
    case 'AddIntervention':
      return addIntervention(command, goal, on, next);
    case 'ChangeInterventionStatus':
      return changeIntervention(command, goal, on, next);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown goal command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

type GoalRef = { readonly caseId: string; readonly planId: string; readonly goalId: string };

function addIntervention(command: AddIntervention, goal: GoalRecord, on: GoalRef, next: number): PlanEvent[] {
  const { interventionId, dueDate, referralId } = command.data;
  assertGoalOpen(goal);
  if (goal.interventions.some((item) => item.interventionId === interventionId)) {
    throw PlanErrors.interventionAlreadyExists(interventionId);
  }
  const description = required('description', command.data.description);
  if (!isCalendarDate(dueDate)) throw PlanErrors.invalid('dueDate', 'must be a date, YYYY-MM-DD');
  return [
    {
      type: 'InterventionAdded',
      data: {
        ...on,
        interventionId,
        responsible: responsibleOf(command.data.responsible),
        dueDate,
        referralId: referralId?.trim() || null,
        version: next,
        by: command.metadata.actor.id,
        personal: { description },
      },
    },
  ];
}

// An intervention moves forward: scheduled, in progress, completed; it may be cancelled until it is completed.
const INTERVENTION_ORDER = ['scheduled', 'in-progress', 'completed'];

function changeIntervention(
  command: ChangeInterventionStatus,
  goal: GoalRecord,
  on: GoalRef,
  next: number,
): PlanEvent[] {
  const intervention = goal.interventions.find((item) => item.interventionId === command.data.interventionId);
  if (!intervention) throw PlanErrors.interventionNotFound(command.data.interventionId);
  const to = oneOf('to', command.data.to, INTERVENTION_STATUSES);
  const from = intervention.status;
  if (to === from) return [];
  const ended = (ENDED_INTERVENTION_STATUSES as readonly string[]).includes(from);
  const backwards = to !== 'cancelled' && INTERVENTION_ORDER.indexOf(to) < INTERVENTION_ORDER.indexOf(from);
  if (ended || backwards) throw PlanErrors.interventionTransitionNotAllowed(intervention.interventionId, from, to);
  // Cancelling changes what the plan says; progress does not.
  return [
    {
      type: 'InterventionStatusChanged',
      data: {
        ...on,
        interventionId: intervention.interventionId,
        from,
        to,
        ...(to === 'cancelled' ? { version: next } : {}),
        by: command.metadata.actor.id,
      },
    },
  ];
}

function goalOf(plan: PlanRecord, goalId: string): GoalRecord {
  const goal = plan.goals.find((candidate) => candidate.goalId === goalId);
  if (!goal) throw PlanErrors.goalNotFound(goalId);
  return goal;
}

function assertGoalOpen(goal: GoalRecord): void {
  if ((ENDED_GOAL_STATUSES as readonly string[]).includes(goal.lifecycleStatus)) {
    throw PlanErrors.goalEnded(goal.goalId, goal.lifecycleStatus);
  }
}

/** A goal's content, checked: needs identified on the case, a real target date, a measure that compares. */
function goalContent(content: GoalContent, scope: CaseScope): Required<GoalContent> & { measure: GoalMeasure | null } {
  const needs = [...new Set(content.needs)];
  if (needs.length === 0) throw PlanErrors.invalid('needs', 'name at least one of the case’s needs');
  const missing = needs.filter((need) => !scope.needs.includes(need));
  if (missing.length > 0) throw PlanErrors.needNotOnCase(missing);
  if (!isCalendarDate(content.targetDate)) throw PlanErrors.invalid('targetDate', 'must be a date, YYYY-MM-DD');
  return {
    needs,
    description: required('description', content.description),
    targetDate: content.targetDate,
    measure: content.measure ? measureOf(content.measure) : null,
  };
}

function measureOf(measure: GoalMeasure): GoalMeasure {
  const value = measure.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw PlanErrors.invalid('measure.value', 'must be a number, 0 or more');
  }
  return {
    instrument: oneOf('measure.instrument', measure.instrument, MEASURE_INSTRUMENTS),
    comparator: oneOf('measure.comparator', measure.comparator, MEASURE_COMPARATORS),
    value,
  };
}

function responsibleOf(responsible: Responsible): Responsible {
  const kind = oneOf('responsible.kind', responsible?.kind, RESPONSIBLE_KINDS);
  const organizationId = responsible.organizationId?.trim();
  if (kind === 'provider_organization') {
    if (!organizationId) throw PlanErrors.invalid('responsible.organizationId', 'names the provider organisation');
    return { kind, organizationId };
  }
  if (organizationId) throw PlanErrors.invalid('responsible.organizationId', 'only for a provider organisation');
  return { kind };
}
