import { eventDataSchema, type JsonSchema, type PublishedEventContract } from '@casemgmt/messaging';
import { date, id, object, sealed } from '../shared/contract-schemas';
import {
  GOAL_ACHIEVEMENT_STATUSES,
  GOAL_LIFECYCLE_STATUSES,
  INTERVENTION_STATUSES,
  MEASURE_COMPARATORS,
  MEASURE_INSTRUMENTS,
  PLAN_STATUS_CHANGES,
  PLAN_STATUSES,
  RESPONSIBLE_KINDS,
  type PlanEvent,
} from './plan.events';

// JSON Schemas (draft-07) of the plan events' data, as Kafka carries them: `personal` only ever sealed.

const version: JsonSchema = { type: 'integer', minimum: 1 };
const worker: JsonSchema = { ...id, description: 'The worker whose change it is' };
const achievement: JsonSchema = { enum: [...GOAL_ACHIEVEMENT_STATUSES] };
const lifecycle: JsonSchema = { enum: [...GOAL_LIFECYCLE_STATUSES] };
const needs: JsonSchema = { type: 'array', items: id, minItems: 1, uniqueItems: true };
const measure: JsonSchema = {
  anyOf: [
    { type: 'null' },
    object({
      instrument: { enum: [...MEASURE_INSTRUMENTS] },
      comparator: { enum: [...MEASURE_COMPARATORS] },
      value: { type: 'number', minimum: 0 },
    }),
  ],
};
const onPlan = { caseId: id, planId: id };
const onGoal = { ...onPlan, goalId: id };

const schemas: Readonly<Record<PlanEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  CarePlanDrafted: {
    summary: 'A care plan was drafted for a case, at version 1.',
    sealed: [],
    schema: eventDataSchema({ ...onPlan, version: { const: 1 }, by: worker }),
  },
  GoalAdded: {
    summary: 'A goal answering some of the case’s needs was added to a plan, as a new version of it.',
    sealed: ['description'],
    schema: eventDataSchema({
      ...onGoal,
      needs,
      lifecycleStatus: lifecycle,
      targetDate: date,
      measure,
      version,
      by: worker,
      personal: sealed('The goal in the client’s words'),
    }),
  },
  GoalRevised: {
    summary: 'A goal’s needs, target date, measure or wording changed, as a new version of the plan.',
    sealed: ['description'],
    schema: eventDataSchema({
      ...onGoal,
      needs,
      targetDate: date,
      measure,
      version,
      by: worker,
      personal: sealed('The goal in the client’s words'),
    }),
  },
  GoalLifecycleChanged: {
    summary: 'A goal moved in its FHIR lifecycle (planned, accepted, active, on hold, completed, cancelled).',
    sealed: ['reason'],
    schema: eventDataSchema(
      { ...onGoal, from: lifecycle, to: lifecycle, version, by: worker },
      { personal: sealed('Why, when given (required to cancel)') },
    ),
  },
  GoalAchievementRecorded: {
    summary: 'How a goal is going (FHIR achievementStatus); no new version of the plan.',
    sealed: [],
    schema: eventDataSchema({
      ...onGoal,
      from: { anyOf: [achievement, { type: 'null' }] },
      to: achievement,
      by: worker,
    }),
  },
  ProgressNoted: {
    summary: 'A progress note was written on a goal.',
    sealed: ['text'],
    schema: eventDataSchema({ ...onGoal, noteId: id, by: worker, personal: sealed('The note') }),
  },
  InterventionAdded: {
    summary: 'An intervention under a goal: who is responsible, by when; a new version of the plan.',
    sealed: ['description'],
    schema: eventDataSchema({
      ...onGoal,
      interventionId: id,
      responsible: object({ kind: { enum: [...RESPONSIBLE_KINDS] } }, { organizationId: id }),
      dueDate: date,
      referralId: { anyOf: [id, { type: 'null' }] },
      version,
      by: worker,
      personal: sealed('What is to be done'),
    }),
  },
  InterventionStatusChanged: {
    summary: 'An intervention moved on (in progress, completed) or was cancelled; a cancellation is a new version.',
    sealed: [],
    schema: eventDataSchema(
      {
        ...onGoal,
        interventionId: id,
        from: { enum: [...INTERVENTION_STATUSES] },
        to: { enum: [...INTERVENTION_STATUSES] },
        by: worker,
      },
      { version },
    ),
  },
  CarePlanSubmitted: {
    summary: 'A version of a plan was submitted for a supervisor’s approval.',
    sealed: [],
    schema: eventDataSchema({ ...onPlan, version, by: worker }),
  },
  CarePlanApproved: {
    summary: 'A supervisor of the case’s team approved exactly this version; the approval of a draft activates it.',
    sealed: [],
    schema: eventDataSchema({
      ...onPlan,
      version,
      by: worker,
      approvedOn: date,
      activated: { type: 'boolean' },
      nextReviewDueBy: date,
    }),
  },
  CarePlanReturned: {
    summary: 'A supervisor returned a submitted version with comments.',
    sealed: ['comments'],
    schema: eventDataSchema({ ...onPlan, version, by: worker, personal: sealed('The comments') }),
  },
  CarePlanSuperseded: {
    summary: 'The approval of a new plan of the case ended this one (revoked, replaced by the new plan).',
    sealed: [],
    schema: eventDataSchema({ ...onPlan, from: { enum: [...PLAN_STATUSES] }, supersededBy: id }),
  },
  CarePlanStatusChanged: {
    summary: 'A plan was put on hold, resumed, completed, revoked or marked entered in error.',
    sealed: ['reason'],
    schema: eventDataSchema(
      { ...onPlan, from: { enum: [...PLAN_STATUSES] }, to: { enum: [...PLAN_STATUS_CHANGES] }, by: worker },
      { personal: sealed('Why (required for on hold, revoked and entered in error)') },
    ),
  },
  CarePlanReviewed: {
    summary: 'A plan in force was reviewed: each open goal’s progress, and when the next review falls due.',
    sealed: ['summary'],
    schema: eventDataSchema({
      ...onPlan,
      reviewId: id,
      reviewedOn: date,
      by: worker,
      goals: { type: 'array', items: object({ goalId: id, achievementStatus: achievement }) },
      nextReviewDueBy: date,
      personal: sealed('The review’s summary'),
    }),
  },
};

/** What care plan publishes of its plans: every plan event, version 1. */
export const PLAN_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
