import type { CommandMetadata } from '@casemgmt/decider';
import { given, refusal } from '@casemgmt/testing';
import type { CaseScope } from '../shared/case-scope';
import { planDecider, type PlanCommand, type PlanEvent, type PlansState } from './plan.decider';

const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const planId = '0190f3a0-0000-7000-8000-0000000000a1';
const nextPlanId = '0190f3a0-0000-7000-8000-0000000000b2';
const goalId = '0190f3a0-0000-7000-8000-0000000000c1';
const secondGoalId = '0190f3a0-0000-7000-8000-0000000000c2';
const interventionId = '0190f3a0-0000-7000-8000-0000000000d1';
const now = new Date('2026-03-02T17:30:00.000Z');

const openCase: CaseScope = {
  caseId,
  clientId: 'client-1',
  program: 'adult-behavioral-health',
  priority: 'urgent',
  status: 'planning',
  teamId: 'team-north',
  caseManagerId: 'cm-1',
  openedAt: '2026-02-20T10:00:00.000Z',
  needs: ['housing', 'mental_health'],
};

function as(roles: string[], id: string, teamId?: string): CommandMetadata {
  return {
    tenantId: 'county-a',
    actor: { id, role: roles[0] ?? 'none', roles, ...(teamId ? { teamId } : {}) },
    correlationId: 'corr-1',
    now,
  };
}
const caseManager = as(['case_manager'], 'cm-1');
const otherCaseManager = as(['case_manager'], 'cm-2');
const supervisor = as(['supervisor'], 'sup-1', 'team-north');
const secondSupervisor = as(['supervisor'], 'sup-2', 'team-north');
const southSupervisor = as(['supervisor'], 'sup-9', 'team-south');
const auditor = as(['auditor'], 'aud-1');

function command<T extends PlanCommand['type']>(
  type: T,
  data: Omit<Extract<PlanCommand, { type: T }>['data'], 'caseId' | 'case'>,
  metadata: CommandMetadata = caseManager,
  scope: CaseScope | null = openCase,
): PlanCommand {
  return { type, data: { ...data, caseId, case: scope }, metadata } as PlanCommand;
}

const drafted: PlanEvent = { type: 'CarePlanDrafted', data: { caseId, planId, version: 1, by: 'cm-1' } };
const goalAdded: PlanEvent = {
  type: 'GoalAdded',
  data: {
    caseId,
    planId,
    goalId,
    needs: ['mental_health'],
    lifecycleStatus: 'proposed',
    targetDate: '2026-06-30',
    measure: { instrument: 'PHQ-9', comparator: '<', value: 10 },
    version: 2,
    by: 'cm-1',
    personal: { description: 'I want to feel like myself again' },
  },
};
const submitted = (version: number): PlanEvent => ({
  type: 'CarePlanSubmitted',
  data: { caseId, planId, version, by: 'cm-1' },
});
const approved = (version: number, approvedOn = '2026-03-02', activated = true): PlanEvent => ({
  type: 'CarePlanApproved',
  data: { caseId, planId, version, by: 'sup-1', approvedOn, activated, nextReviewDueBy: '2026-05-31' },
});
const ACTIVE_PLAN = [drafted, goalAdded, submitted(2), approved(2)];

function when(past: readonly PlanEvent[], next: PlanCommand): readonly PlanEvent[] {
  return given(planDecider, past).when(next);
}
function stateAfter(past: readonly PlanEvent[]): PlansState {
  return given(planDecider, past).state;
}
const addGoal = (id: string, metadata: CommandMetadata = caseManager, scope: CaseScope = openCase) =>
  command(
    'AddGoal',
    { planId, goalId: id, needs: ['housing'], description: ' A place of my own ', targetDate: '2026-09-01' },
    metadata,
    scope,
  );
const approve = (version: number, metadata: CommandMetadata = supervisor) =>
  command('ApproveCarePlan', { planId, version, today: '2026-03-02', reviewIntervalDays: 90 }, metadata);

describe('Care plan decider', () => {
  describe('drafting', () => {
    it('drafts a plan at version 1 for an open case, by its case manager', () => {
      expect(when([], command('DraftCarePlan', { planId }))).toEqual([drafted]);
    });

    it('refuses a case that is not open, with the rule (409)', () => {
      expect(
        refusal(() => when([], command('DraftCarePlan', { planId }, caseManager, { ...openCase, status: 'closed' }))),
      ).toMatchObject({
        code: 'CARE_PLAN.CASE_NOT_OPEN',
        kind: 'conflict',
      });
    });

    it('answers not found for a case care plan has not heard of, or one outside the actor’s scope', () => {
      expect(refusal(() => when([], command('DraftCarePlan', { planId }, caseManager, null)))?.code).toBe(
        'CARE_PLAN.CASE_NOT_FOUND',
      );
      expect(refusal(() => when([], command('DraftCarePlan', { planId }, otherCaseManager)))?.code).toBe(
        'CARE_PLAN.CASE_NOT_FOUND',
      );
      expect(refusal(() => when([], command('DraftCarePlan', { planId }, southSupervisor)))?.code).toBe(
        'CARE_PLAN.CASE_NOT_FOUND',
      );
    });

    it('lets an auditor read but not write (403)', () => {
      expect(refusal(() => when([], command('DraftCarePlan', { planId }, auditor)))).toMatchObject({
        code: 'CARE_PLAN.WRITE_FORBIDDEN',
        kind: 'forbidden',
      });
    });

    it('refuses a second draft while one is open, and a plan id already used', () => {
      expect(refusal(() => when([drafted], command('DraftCarePlan', { planId: nextPlanId })))?.code).toBe(
        'CARE_PLAN.DRAFT_EXISTS',
      );
      expect(refusal(() => when(ACTIVE_PLAN, command('DraftCarePlan', { planId })))?.code).toBe(
        'CARE_PLAN.PLAN_ALREADY_EXISTS',
      );
    });
  });

  describe('goals and interventions', () => {
    it('adds a goal linked to the case’s needs, in the client’s words (sealed), as a new version', () => {
      expect(
        when(
          [drafted],
          command('AddGoal', {
            planId,
            goalId,
            needs: ['mental_health'],
            description: 'I want to feel like myself again',
            targetDate: '2026-06-30',
            measure: { instrument: 'PHQ-9', comparator: '<', value: 10 },
          }),
        ),
      ).toEqual([goalAdded]);
    });

    it('refuses a need the case does not have (422), a bad date, an unknown measure and an empty description', () => {
      const bad = (overrides: object) =>
        refusal(() =>
          when([drafted], {
            ...addGoal(goalId),
            data: { ...addGoal(goalId).data, ...overrides },
          } as PlanCommand),
        );
      expect(bad({ needs: ['legal'] })).toMatchObject({ code: 'CARE_PLAN.NEED_NOT_ON_CASE', kind: 'unprocessable' });
      expect(bad({ needs: [] })).toMatchObject({ code: 'CARE_PLAN.INVALID_PLAN', kind: 'invalid' });
      expect(bad({ targetDate: '2026-02-30' })).toMatchObject({ code: 'CARE_PLAN.INVALID_PLAN', kind: 'invalid' });
      expect(bad({ measure: { instrument: 'BDI', comparator: '<', value: 10 } })?.code).toBe('CARE_PLAN.INVALID_PLAN');
      expect(bad({ description: '  ' })?.code).toBe('CARE_PLAN.INVALID_PLAN');
      expect(bad({ lifecycleStatus: 'completed' })?.code).toBe('CARE_PLAN.INVALID_PLAN');
    });

    it('moves a goal through its FHIR lifecycle, but never back to proposed nor out of completed or cancelled', () => {
      const [accepted] = when([drafted, goalAdded], command('ChangeGoalLifecycle', { planId, goalId, to: 'accepted' }));
      expect(accepted).toMatchObject({
        type: 'GoalLifecycleChanged',
        data: { from: 'proposed', to: 'accepted', version: 3 },
      });
      const afterAccepted = [drafted, goalAdded, accepted as PlanEvent];
      expect(
        refusal(() => when(afterAccepted, command('ChangeGoalLifecycle', { planId, goalId, to: 'proposed' })))?.code,
      ).toBe('CARE_PLAN.GOAL_TRANSITION_NOT_ALLOWED');
      expect(
        refusal(() => when(afterAccepted, command('ChangeGoalLifecycle', { planId, goalId, to: 'cancelled' })))?.code,
      ).toBe('CARE_PLAN.INVALID_PLAN');
      const [cancelled] = when(
        afterAccepted,
        command('ChangeGoalLifecycle', { planId, goalId, to: 'cancelled', reason: 'Moved away' }),
      );
      expect(
        refusal(() =>
          when(
            [...afterAccepted, cancelled as PlanEvent],
            command('ChangeGoalLifecycle', { planId, goalId, to: 'active' }),
          ),
        )?.code,
      ).toBe('CARE_PLAN.GOAL_ENDED');
    });

    it('records achievement and progress notes without a new version', () => {
      const [achievement] = when(ACTIVE_PLAN, command('RecordGoalAchievement', { planId, goalId, to: 'improving' }));
      expect(achievement).toEqual({
        type: 'GoalAchievementRecorded',
        data: { caseId, planId, goalId, from: null, to: 'improving', by: 'cm-1' },
      });
      const [note] = when(
        ACTIVE_PLAN,
        command('NoteProgress', { planId, goalId, noteId: 'n-1', text: 'Slept better' }),
      );
      const state = stateAfter([...ACTIVE_PLAN, achievement as PlanEvent, note as PlanEvent]);
      expect(state.plans[0]).toMatchObject({ version: 2, approvalStatus: 'approved' });
      expect(state.plans[0]?.goals[0]).toMatchObject({
        achievementStatus: 'improving',
        notes: [{ noteId: 'n-1', text: 'Slept better' }],
      });
    });

    it('adds an intervention with who is responsible and a due date, and moves it forward only', () => {
      const [added] = when(
        [drafted, goalAdded],
        command('AddIntervention', {
          planId,
          goalId,
          interventionId,
          description: 'Weekly counselling',
          responsible: { kind: 'provider_organization', organizationId: 'org-7' },
          dueDate: '2026-03-20',
        }),
      );
      expect(added).toMatchObject({
        type: 'InterventionAdded',
        data: { version: 3, referralId: null, responsible: { kind: 'provider_organization', organizationId: 'org-7' } },
      });
      const past = [drafted, goalAdded, added as PlanEvent];
      const [started] = when(
        past,
        command('ChangeInterventionStatus', { planId, goalId, interventionId, to: 'in-progress' }),
      );
      expect(started).toMatchObject({ data: { from: 'scheduled', to: 'in-progress' } });
      expect((started as PlanEvent).data).not.toHaveProperty('version');
      expect(
        refusal(() =>
          when(
            [...past, started as PlanEvent],
            command('ChangeInterventionStatus', { planId, goalId, interventionId, to: 'scheduled' }),
          ),
        )?.code,
      ).toBe('CARE_PLAN.INTERVENTION_TRANSITION_NOT_ALLOWED');
      const [cancelled] = when(
        past,
        command('ChangeInterventionStatus', { planId, goalId, interventionId, to: 'cancelled' }),
      );
      expect(cancelled).toMatchObject({ data: { to: 'cancelled', version: 4 } });
      expect(
        refusal(() =>
          when(
            past,
            command('AddIntervention', {
              planId,
              goalId,
              interventionId: 'i-2',
              description: 'x',
              responsible: { kind: 'client', organizationId: 'org-7' },
              dueDate: '2026-03-20',
            }),
          ),
        )?.code,
      ).toBe('CARE_PLAN.INVALID_PLAN');
    });

    it('refuses new goals on a closed case and on an ended plan', () => {
      expect(refusal(() => when([drafted], addGoal(goalId, as(['case_manager'], 'cm-1'))))).toBeUndefined();
      expect(
        refusal(() => when([drafted], addGoal(goalId, caseManager, { ...openCase, status: 'closed' })))?.code,
      ).toBe('CARE_PLAN.CASE_NOT_OPEN');
      const revoked: PlanEvent = {
        type: 'CarePlanStatusChanged',
        data: { caseId, planId, from: 'draft', to: 'revoked', by: 'cm-1', personal: { reason: 'Started over' } },
      };
      expect(refusal(() => when([drafted, revoked], addGoal(goalId)))?.code).toBe('CARE_PLAN.PLAN_ENDED');
    });
  });

  describe('approval pinned to a version', () => {
    it('submits the version the worker saw, and only a plan with a goal', () => {
      expect(when([drafted, goalAdded], command('SubmitCarePlan', { planId, version: 2 }))).toEqual([submitted(2)]);
      expect(refusal(() => when([drafted], command('SubmitCarePlan', { planId, version: 1 })))?.code).toBe(
        'CARE_PLAN.PLAN_HAS_NO_GOALS',
      );
      expect(
        refusal(() => when([drafted, goalAdded], command('SubmitCarePlan', { planId, version: 1 }))),
      ).toMatchObject({
        code: 'CARE_PLAN.VERSION_NOT_CURRENT',
        kind: 'conflict',
      });
    });

    it('lets a supervisor of the case’s team approve exactly the submitted version, activating the draft', () => {
      const events = when([drafted, goalAdded, submitted(2)], approve(2));
      expect(events).toEqual(
        [approved(2, '2026-03-02')].map((event) => ({
          ...event,
          data: { ...event.data, nextReviewDueBy: '2026-05-31' },
        })),
      );
      expect(stateAfter([drafted, goalAdded, submitted(2), ...events]).plans[0]).toMatchObject({
        status: 'active',
        approvalStatus: 'approved',
        approved: { version: 2, by: 'sup-1' },
        nextReviewDueBy: '2026-05-31',
      });
    });

    it('refuses a version other than the current one, one not submitted, and approval by anyone but a team supervisor', () => {
      const past = [drafted, goalAdded, submitted(2)];
      expect(refusal(() => when(past, approve(1)))?.code).toBe('CARE_PLAN.VERSION_NOT_CURRENT');
      expect(refusal(() => when([drafted, goalAdded], approve(2)))?.code).toBe('CARE_PLAN.VERSION_NOT_SUBMITTED');
      expect(refusal(() => when(past, approve(2, caseManager)))).toMatchObject({
        code: 'CARE_PLAN.APPROVAL_FORBIDDEN',
        kind: 'forbidden',
      });
      expect(refusal(() => when(past, approve(2, southSupervisor)))?.code).toBe('CARE_PLAN.CASE_NOT_FOUND');
      expect(refusal(() => when(past, approve(2, auditor)))?.code).toBe('CARE_PLAN.APPROVAL_FORBIDDEN');
    });

    it('does not let an author approve their own version: the supervisor who added a goal asks another', () => {
      const [supervisorsGoal] = when([drafted, goalAdded], addGoal(secondGoalId, supervisor));
      const past = [drafted, goalAdded, supervisorsGoal as PlanEvent, submitted(3)];
      expect(refusal(() => when(past, approve(3, supervisor)))).toMatchObject({
        code: 'CARE_PLAN.SELF_APPROVAL',
        kind: 'forbidden',
      });
      expect(when(past, approve(3, secondSupervisor))).toHaveLength(1);
    });

    it('leaves the approval on the old version after a change: approve v3, add a goal, awaiting re-approval', () => {
      const [revised] = when(ACTIVE_PLAN, command('ChangeGoalLifecycle', { planId, goalId, to: 'active' }));
      const v3 = [...ACTIVE_PLAN, revised as PlanEvent, submitted(3), approved(3, '2026-03-10', false)];
      expect(stateAfter(v3).plans[0]).toMatchObject({
        version: 3,
        approvalStatus: 'approved',
        approved: { version: 3 },
      });
      const [added] = when(v3, addGoal(secondGoalId));
      const after = stateAfter([...v3, added as PlanEvent]);
      expect(after.plans[0]).toMatchObject({
        version: 4,
        status: 'active',
        approvalStatus: 'awaiting-re-approval',
        approved: { version: 3, approvedOn: '2026-03-10' },
      });
      // Folding the stream up to the day before the change shows v3 approved; after it, awaiting re-approval.
      expect(stateAfter(v3).plans[0]?.approved?.version).toBe(3);
      expect(after.plans[0]?.approvals.map((approval) => approval.version)).toEqual([2, 3]);
    });

    it('returns a submitted version with comments, and takes a resubmission', () => {
      const past = [drafted, goalAdded, submitted(2)];
      const [returned] = when(
        past,
        command('ReturnCarePlan', { planId, version: 2, comments: 'Add a housing goal' }, supervisor),
      );
      expect(returned).toEqual({
        type: 'CarePlanReturned',
        data: { caseId, planId, version: 2, by: 'sup-1', personal: { comments: 'Add a housing goal' } },
      });
      expect(stateAfter([...past, returned as PlanEvent]).plans[0]?.approvalStatus).toBe('returned');
      expect(refusal(() => when([...past, returned as PlanEvent], approve(2)))?.code).toBe(
        'CARE_PLAN.VERSION_NOT_SUBMITTED',
      );
      expect(
        refusal(() => when(past, command('ReturnCarePlan', { planId, version: 2, comments: ' ' }, supervisor)))?.code,
      ).toBe('CARE_PLAN.INVALID_PLAN');
    });

    it('approving a new plan supersedes the plan in force: one active plan per case', () => {
      const second: PlanEvent[] = [
        { type: 'CarePlanDrafted', data: { caseId, planId: nextPlanId, version: 1, by: 'cm-1' } },
        { ...goalAdded, data: { ...goalAdded.data, planId: nextPlanId } } as PlanEvent,
        { type: 'CarePlanSubmitted', data: { caseId, planId: nextPlanId, version: 2, by: 'cm-1' } },
      ];
      const events = when(
        [...ACTIVE_PLAN, ...second],
        command(
          'ApproveCarePlan',
          { planId: nextPlanId, version: 2, today: '2026-04-01', reviewIntervalDays: 90 },
          supervisor,
        ),
      );
      expect(events.map((event) => event.type)).toEqual(['CarePlanApproved', 'CarePlanSuperseded']);
      const state = stateAfter([...ACTIVE_PLAN, ...second, ...events]);
      expect(state.plans.map((plan) => [plan.planId, plan.status])).toEqual([
        [planId, 'revoked'],
        [nextPlanId, 'active'],
      ]);
      expect(state.plans[0]?.supersededBy).toBe(nextPlanId);
    });
  });

  describe('status and reviews', () => {
    it('puts a plan on hold with a reason, resumes and completes it, and refuses activating a draft by hand', () => {
      const [held] = when(
        ACTIVE_PLAN,
        command('ChangeCarePlanStatus', { planId, to: 'on-hold', reason: 'In hospital' }),
      );
      expect(held).toMatchObject({ data: { from: 'active', to: 'on-hold', personal: { reason: 'In hospital' } } });
      expect(refusal(() => when(ACTIVE_PLAN, command('ChangeCarePlanStatus', { planId, to: 'on-hold' })))?.code).toBe(
        'CARE_PLAN.INVALID_PLAN',
      );
      expect(
        when([...ACTIVE_PLAN, held as PlanEvent], command('ChangeCarePlanStatus', { planId, to: 'active' })),
      ).toHaveLength(1);
      expect(refusal(() => when([drafted], command('ChangeCarePlanStatus', { planId, to: 'active' })))?.code).toBe(
        'CARE_PLAN.STATUS_CHANGE_NOT_ALLOWED',
      );
      expect(refusal(() => when([drafted], command('ChangeCarePlanStatus', { planId, to: 'completed' })))?.code).toBe(
        'CARE_PLAN.STATUS_CHANGE_NOT_ALLOWED',
      );
      const [completed] = when(ACTIVE_PLAN, command('ChangeCarePlanStatus', { planId, to: 'completed' }));
      expect(
        refusal(() =>
          when([...ACTIVE_PLAN, completed as PlanEvent], command('ChangeCarePlanStatus', { planId, to: 'active' })),
        )?.code,
      ).toBe('CARE_PLAN.STATUS_CHANGE_NOT_ALLOWED');
    });

    it('lets a closed case’s plan be completed or revoked, nothing else', () => {
      const closed = { ...openCase, status: 'closed' };
      expect(
        when(ACTIVE_PLAN, command('ChangeCarePlanStatus', { planId, to: 'completed' }, caseManager, closed)),
      ).toHaveLength(1);
      expect(
        refusal(() =>
          when(
            ACTIVE_PLAN,
            command('ChangeCarePlanStatus', { planId, to: 'on-hold', reason: 'x' }, caseManager, closed),
          ),
        )?.code,
      ).toBe('CARE_PLAN.CASE_NOT_OPEN');
    });

    it('reviews a plan in force: every open goal’s progress, and the next review the program’s interval later', () => {
      const [reviewed] = when(
        ACTIVE_PLAN,
        command('ReviewCarePlan', {
          planId,
          reviewId: 'r-1',
          reviewedOn: '2026-05-20',
          today: '2026-05-21',
          summary: 'Steady',
          goals: [{ goalId, achievementStatus: 'improving' }],
          reviewIntervalDays: 60,
        }),
      );
      expect(reviewed).toMatchObject({
        type: 'CarePlanReviewed',
        data: { nextReviewDueBy: '2026-07-19', personal: { summary: 'Steady' } },
      });
      expect(stateAfter([...ACTIVE_PLAN, reviewed as PlanEvent]).plans[0]).toMatchObject({
        nextReviewDueBy: '2026-07-19',
        goals: [{ achievementStatus: 'improving' }],
        reviews: [{ reviewId: 'r-1', by: 'cm-1' }],
      });
      const review = (overrides: object, past: readonly PlanEvent[] = ACTIVE_PLAN) =>
        refusal(() =>
          when(
            past,
            command('ReviewCarePlan', {
              planId,
              reviewId: 'r-2',
              reviewedOn: '2026-05-20',
              today: '2026-05-21',
              summary: 'Steady',
              goals: [{ goalId, achievementStatus: 'improving' }],
              reviewIntervalDays: 60,
              ...overrides,
            }),
          ),
        );
      expect(review({ goals: [] })).toMatchObject({ code: 'CARE_PLAN.REVIEW_INCOMPLETE', kind: 'invalid' });
      expect(review({ reviewedOn: '2026-05-22' })?.code).toBe('CARE_PLAN.INVALID_PLAN');
      expect(review({}, [drafted, goalAdded])?.code).toBe('CARE_PLAN.PLAN_NOT_IN_FORCE');
    });

    it('records the role that allowed the change on its events', () => {
      const both = as(['case_manager', 'supervisor'], 'sup-7', 'team-north');
      expect(planDecider.grantingRole?.(command('DraftCarePlan', { planId }, both), stateAfter([]))).toBe('supervisor');
      expect(planDecider.grantingRole?.(command('DraftCarePlan', { planId }), stateAfter([]))).toBe('case_manager');
    });
  });
});
