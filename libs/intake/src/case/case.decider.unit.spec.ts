import type { CommandMetadata } from '@casemgmt/decider';
import { given, refusal } from '@casemgmt/testing';
import { DEFAULT_PROGRAMS } from '../eligibility/programs';
import {
  caseDecider,
  type CaseCommand,
  type CaseEvent,
  type CaseOpened,
  type CaseState,
  type OpenedCaseState,
} from './case.decider';
import type { ClientStanding } from '../client/client-standing';
import type { AssigneeRecord } from './case-assignment.rules';

const caseId = '0190f3a0-0000-7000-8000-00000000c001';
const clientId = '0190f3a0-0000-7000-8000-00000000a001';
const now = new Date('2026-03-02T09:30:00.000Z');

function as(role: string, id: string, teamId?: string): CommandMetadata {
  return {
    tenantId: 'county-a',
    actor: { id, role, ...(teamId ? { teamId } : {}) },
    correlationId: 'corr-1',
    now,
  };
}
const intake = as('intake_worker', 'iw-1', 'team-north');
const supervisor = as('supervisor', 'sup-1', 'team-north');
const otherSupervisor = as('supervisor', 'sup-2', 'team-south');
const eastSupervisor = as('supervisor', 'sup-3', 'team-east');
/** The client as its stream tells it: registered, neither merged away nor erased. */
const registeredClient: ClientStanding = { registered: true, mergedInto: null, erased: false };
/** What the worker registry says of a case manager of the case's team. */
const northCaseManager: AssigneeRecord = { active: true, teamId: 'team-north', roles: ['case_manager'] };

const caseOpened: CaseOpened = {
  type: 'CaseOpened',
  data: {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'urgent',
    referralSource: { kind: 'hospital' },
    teamId: 'team-north',
    openedBy: 'iw-1',
    personal: { referralSourceName: 'County General ED' },
  },
};
const status = (from: string, to: string) => ({ type: 'CaseStatusChanged', data: { caseId, from, to } }) as CaseEvent;
const assignedTo = (caseManagerId: string, previousCaseManagerId: string | null = null): CaseEvent => ({
  type: 'CaseAssigned',
  data: { caseId, caseManagerId, previousCaseManagerId },
});
const closed: CaseEvent = {
  type: 'CaseClosed',
  data: { caseId, from: 'services', outcome: 'goals_met', personal: { reason: 'Stable housing, goals met' } },
};

function when(past: readonly CaseEvent[], command: CaseCommand): readonly CaseEvent[] {
  return given(caseDecider, past).when(command);
}

function stateAfter(past: readonly CaseEvent[]): OpenedCaseState {
  const state: CaseState = given(caseDecider, past).state;
  if (!state.exists) throw new Error('no case');
  return state;
}

const assign = (
  metadata: CommandMetadata,
  caseManagerId: string,
  caseloadOfAssignee: number,
  override?: { reason: string },
  assignee: AssigneeRecord | null = northCaseManager,
): CaseCommand => ({
  type: 'AssignCase',
  data: { caseId, caseManagerId, assignee, caseloadOfAssignee, limit: 3, ...(override ? { override } : {}) },
  metadata,
});

const phq9 = (scores: readonly number[]) =>
  Object.fromEntries(scores.map((score, index) => [String(index + 1), score]));

describe('Case decider', () => {
  describe('opening', () => {
    it('opens a case for a client in a program with its priority, referral source, team and opener', () => {
      expect(
        when([], {
          type: 'OpenCase',
          data: {
            caseId,
            clientId,
            programId: 'adult-behavioral-health',
            priority: 'urgent',
            referralSource: { kind: 'hospital', name: ' County General ED ' },
            teamId: 'team-north',
            programs: DEFAULT_PROGRAMS,
            client: registeredClient,
          },
          metadata: intake,
        }),
      ).toEqual([caseOpened]);
    });

    it('keeps an unnamed referral source out of the sealed personal data altogether', () => {
      const [event] = when([], {
        type: 'OpenCase',
        data: {
          caseId,
          clientId,
          programId: 'youth-mobile-crisis',
          priority: 'emergency',
          referralSource: { kind: 'self' },
          teamId: 'team-north',
          programs: DEFAULT_PROGRAMS,
          client: registeredClient,
        },
        metadata: intake,
      });
      expect(event?.data).not.toHaveProperty('personal');
      expect(stateAfter([event!])).toMatchObject({
        status: 'opened',
        caseManagerId: null,
        referralSource: { name: null },
      });
    });

    it('refuses a program the agency does not run, and a second opening of the same case', () => {
      const open = (programId: string): CaseCommand => ({
        type: 'OpenCase',
        data: {
          caseId,
          clientId,
          programId,
          priority: 'routine',
          referralSource: { kind: 'self' },
          teamId: 'team-north',
          programs: DEFAULT_PROGRAMS,
          client: registeredClient,
        },
        metadata: intake,
      });
      expect(refusal(() => when([], open('space-program')))).toMatchObject({
        code: 'INTAKE.PROGRAM_UNKNOWN',
        kind: 'invalid',
        details: { field: 'programId' },
      });
      expect(refusal(() => when([caseOpened], open('adult-behavioral-health')))?.code).toBe(
        'INTAKE.CASE_ALREADY_OPENED',
      );
    });

    it('refuses a client the registry does not hold, one merged into another record, and one erased', () => {
      const openFor = (client: ClientStanding): CaseCommand => ({
        type: 'OpenCase',
        data: {
          caseId,
          clientId,
          programId: 'adult-behavioral-health',
          priority: 'routine',
          referralSource: { kind: 'self' },
          teamId: 'team-north',
          programs: DEFAULT_PROGRAMS,
          client,
        },
        metadata: intake,
      });
      expect(refusal(() => when([], openFor({ registered: false, mergedInto: null, erased: false })))).toEqual({
        code: 'INTAKE.CLIENT_NOT_FOUND',
        kind: 'not_found',
        details: { clientId },
      });
      const survivorId = '0190f3a0-0000-7000-8000-00000000a002';
      expect(refusal(() => when([], openFor({ ...registeredClient, mergedInto: survivorId })))).toEqual({
        code: 'INTAKE.CLIENT_MERGED',
        kind: 'conflict',
        details: { clientId, survivorId },
      });
      expect(refusal(() => when([], openFor({ ...registeredClient, erased: true })))).toEqual({
        code: 'INTAKE.CLIENT_ERASED',
        kind: 'conflict',
        details: { clientId },
      });
      // The client is checked before the case: a second opening for an erased client is refused for the client.
      expect(refusal(() => when([caseOpened], openFor({ ...registeredClient, erased: true })))?.code).toBe(
        'INTAKE.CLIENT_ERASED',
      );
    });
  });

  describe('lifecycle', () => {
    const advance = (past: readonly CaseEvent[], to: string) =>
      when(past, { type: 'AdvanceCaseStatus', data: { caseId, to: to as never }, metadata: supervisor });

    it('moves forward one status at a time: opened, assessment, planning, services', () => {
      expect(advance([caseOpened], 'assessment')).toEqual([status('opened', 'assessment')]);
      expect(advance([caseOpened, status('opened', 'assessment')], 'planning')).toEqual([
        status('assessment', 'planning'),
      ]);
      const planning = [caseOpened, status('opened', 'assessment'), status('assessment', 'planning')];
      expect(advance(planning, 'services')).toEqual([status('planning', 'services')]);
    });

    it('refuses to go back or to skip a status', () => {
      const inPlanning = [caseOpened, status('opened', 'assessment'), status('assessment', 'planning')];
      expect(refusal(() => advance(inPlanning, 'assessment'))).toEqual({
        code: 'INTAKE.CASE_TRANSITION_NOT_ALLOWED',
        kind: 'conflict',
        details: { caseId, from: 'planning', to: 'assessment' },
      });
      expect(refusal(() => advance([caseOpened], 'planning'))?.code).toBe('INTAKE.CASE_TRANSITION_NOT_ALLOWED');
      expect(refusal(() => advance([caseOpened], 'closed'))?.code).toBe('INTAKE.CASE_TRANSITION_NOT_ALLOWED');
    });

    it('records nothing when the case is already in the asked status', () => {
      expect(advance([caseOpened], 'opened')).toEqual([]);
    });

    it('closes a case from any working status with its reason and outcome', () => {
      const inServices = [
        caseOpened,
        status('opened', 'assessment'),
        status('assessment', 'planning'),
        status('planning', 'services'),
      ];
      expect(
        when(inServices, {
          type: 'CloseCase',
          data: { caseId, reason: 'Stable housing, goals met', outcome: 'goals_met' },
          metadata: supervisor,
        }),
      ).toEqual([closed]);
      expect(stateAfter([...inServices, closed])).toMatchObject({
        status: 'closed',
        closure: { outcome: 'goals_met', reason: 'Stable housing, goals met' },
      });
    });

    it('refuses a closure without a reason or with an unknown outcome', () => {
      const close = (reason: string, outcome: string) =>
        when([caseOpened], {
          type: 'CloseCase',
          data: { caseId, reason, outcome: outcome as never },
          metadata: supervisor,
        });
      expect(refusal(() => close('  ', 'goals_met'))).toMatchObject({
        code: 'INTAKE.INVALID_CASE',
        details: { field: 'reason' },
      });
      expect(refusal(() => close('done', 'finished'))).toMatchObject({ details: { field: 'outcome' } });
    });

    it('refuses every change to a closed case except reopening', () => {
      const past = [caseOpened, closed];
      const commands: CaseCommand[] = [
        { type: 'AdvanceCaseStatus', data: { caseId, to: 'assessment' }, metadata: supervisor },
        { type: 'CloseCase', data: { caseId, reason: 'again', outcome: 'other' }, metadata: supervisor },
        assign(supervisor, 'cm-1', 0),
        { type: 'TransferCase', data: { caseId, toTeamId: 'team-south', reason: 'moved' }, metadata: otherSupervisor },
        { type: 'AddNeed', data: { caseId, need: 'food' }, metadata: supervisor },
        {
          type: 'RecordScreening',
          data: {
            caseId,
            screeningId: 's-1',
            instrument: 'PHQ-9',
            answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]),
            subject: {},
          },
          metadata: supervisor,
        },
      ];
      for (const command of commands) expect(refusal(() => when(past, command))?.code).toBe('INTAKE.CASE_CLOSED');
    });

    it('reopens a closed case into assessment with a reason, clearing the closure', () => {
      const events = when([caseOpened, closed], {
        type: 'ReopenCase',
        data: { caseId, reason: 'Lost housing again' },
        metadata: supervisor,
      });
      expect(events).toEqual([
        { type: 'CaseReopened', data: { caseId, to: 'assessment', personal: { reason: 'Lost housing again' } } },
      ]);
      expect(stateAfter([caseOpened, closed, ...events])).toMatchObject({
        status: 'assessment',
        closure: null,
        reopenedCount: 1,
      });
    });

    it('refuses to reopen a case that is not closed', () => {
      const run = () => when([caseOpened], { type: 'ReopenCase', data: { caseId, reason: 'x' }, metadata: supervisor });
      expect(refusal(run)?.code).toBe('INTAKE.CASE_NOT_CLOSED');
    });

    it('folds a closure whose personal data was shredded, keeping the outcome', () => {
      const shredded: CaseEvent = {
        type: 'CaseClosed',
        data: { caseId, from: 'opened', outcome: 'client_withdrew', personal: null },
      };
      expect(stateAfter([{ ...caseOpened, data: { ...caseOpened.data, personal: null } }, shredded])).toMatchObject({
        closure: { outcome: 'client_withdrew', reason: null },
        referralSource: { kind: 'hospital', name: null },
      });
    });
  });

  describe('assignment', () => {
    it('assigns a case to a case manager below the caseload limit', () => {
      expect(when([caseOpened], assign(intake, 'cm-1', 2))).toEqual([assignedTo('cm-1')]);
    });

    it('refuses an assignment at the limit, naming the case manager, the caseload and the limit', () => {
      expect(refusal(() => when([caseOpened], assign(supervisor, 'cm-1', 3)))).toEqual({
        code: 'INTAKE.CASELOAD_LIMIT_REACHED',
        kind: 'conflict',
        details: { caseManagerId: 'cm-1', caseload: 3, limit: 3 },
      });
      expect(refusal(() => when([caseOpened], assign(intake, 'cm-1', 5)))?.code).toBe('INTAKE.CASELOAD_LIMIT_REACHED');
    });

    it('lets a supervisor assign beyond the limit with a reason, recording the override', () => {
      expect(when([caseOpened], assign(supervisor, 'cm-1', 3, { reason: 'Only Spanish-speaking worker' }))).toEqual([
        {
          type: 'CaseAssigned',
          data: {
            caseId,
            caseManagerId: 'cm-1',
            previousCaseManagerId: null,
            caseloadOverride: { supervisorId: 'sup-1', caseloadAtAssignment: 3, limit: 3 },
            personal: { overrideReason: 'Only Spanish-speaking worker' },
          },
        },
      ]);
    });

    it('records no override when a supervisor sends one below the limit', () => {
      expect(when([caseOpened], assign(supervisor, 'cm-1', 1, { reason: 'just in case' }))).toEqual([
        assignedTo('cm-1'),
      ]);
    });

    it('refuses an override from anyone but a supervisor', () => {
      expect(refusal(() => when([caseOpened], assign(intake, 'cm-1', 3, { reason: 'urgent' })))).toEqual({
        code: 'INTAKE.OVERRIDE_NOT_ALLOWED',
        kind: 'forbidden',
        details: { role: 'intake_worker' },
      });
      expect(refusal(() => when([caseOpened], assign(as('admin', 'adm-1'), 'cm-1', 3, { reason: 'x' })))?.code).toBe(
        'INTAKE.OVERRIDE_NOT_ALLOWED',
      );
    });

    it('refuses an override without a reason', () => {
      expect(refusal(() => when([caseOpened], assign(supervisor, 'cm-1', 3, { reason: ' ' })))).toMatchObject({
        code: 'INTAKE.INVALID_CASE',
        details: { field: 'override.reason' },
      });
    });

    it('records nothing when the case is already assigned to that case manager', () => {
      expect(when([caseOpened, assignedTo('cm-1')], assign(supervisor, 'cm-1', 9))).toEqual([]);
    });

    it('reassigns to another case manager, naming the previous one', () => {
      expect(when([caseOpened, assignedTo('cm-1')], assign(supervisor, 'cm-2', 0))).toEqual([
        assignedTo('cm-2', 'cm-1'),
      ]);
    });

    it('assigns only to an active case manager registered in the case’s team', () => {
      const refusedFor = (assignee: AssigneeRecord | null) =>
        refusal(() => when([caseOpened], assign(supervisor, 'cm-9', 0, undefined, assignee)));
      expect(refusedFor(null)).toEqual({
        code: 'INTAKE.ASSIGNEE_NOT_ASSIGNABLE',
        kind: 'unprocessable',
        details: { caseManagerId: 'cm-9', reason: 'unknown', teamId: 'team-north' },
      });
      expect(refusedFor({ ...northCaseManager, active: false })).toMatchObject({ details: { reason: 'deactivated' } });
      expect(refusedFor({ ...northCaseManager, roles: ['intake_worker', 'supervisor'] })).toMatchObject({
        details: { reason: 'not_a_case_manager' },
      });
      expect(refusedFor({ ...northCaseManager, teamId: 'team-south' })).toMatchObject({
        details: { reason: 'other_team' },
      });
      // An admin, too, gives a case to its own team only: another team takes it over by a transfer.
      expect(
        refusal(() =>
          when([caseOpened], assign(as('admin', 'adm-1'), 'cm-9', 0, undefined, { ...northCaseManager, teamId: 'x' })),
        )?.code,
      ).toBe('INTAKE.ASSIGNEE_NOT_ASSIGNABLE');
    });

    it('lets an intake worker assign the cases of their own team only', () => {
      expect(refusal(() => when([caseOpened], assign(as('intake_worker', 'iw-2', 'team-south'), 'cm-1', 0)))).toEqual({
        code: 'INTAKE.ASSIGNMENT_FORBIDDEN',
        kind: 'forbidden',
        details: { caseId },
      });
      expect(refusal(() => when([caseOpened], assign(as('intake_worker', 'iw-3'), 'cm-1', 0)))?.code).toBe(
        'INTAKE.ASSIGNMENT_FORBIDDEN',
      );
    });

    it('keeps a supervisor to the cases of their own team', () => {
      expect(refusal(() => when([caseOpened], assign(otherSupervisor, 'cm-1', 0)))?.code).toBe('INTAKE.CASE_NOT_FOUND');
    });
  });

  describe('transfer', () => {
    const transfer = (past: readonly CaseEvent[], metadata: CommandMetadata, toTeamId = 'team-south') =>
      when(past, { type: 'TransferCase', data: { caseId, toTeamId, reason: 'Client moved south' }, metadata });

    it('moves the case to another team and ends its assignment', () => {
      const events = transfer([caseOpened, assignedTo('cm-1')], otherSupervisor);
      expect(events).toEqual([
        {
          type: 'CaseTransferred',
          data: {
            caseId,
            fromTeamId: 'team-north',
            toTeamId: 'team-south',
            unassignedCaseManagerId: 'cm-1',
            personal: { reason: 'Client moved south' },
          },
        },
      ]);
      expect(stateAfter([caseOpened, assignedTo('cm-1'), ...events])).toMatchObject({
        teamId: 'team-south',
        caseManagerId: null,
      });
    });

    it('records nothing for a transfer to the team that already has the case', () => {
      expect(transfer([caseOpened], supervisor, 'team-north')).toEqual([]);
    });

    it('hands the case to the receiving team: the sending supervisor no longer finds it', () => {
      const moved = [caseOpened, ...transfer([caseOpened], otherSupervisor)];
      expect(refusal(() => transfer(moved, supervisor, 'team-east'))?.code).toBe('INTAKE.CASE_NOT_FOUND');
      expect(transfer(moved, eastSupervisor, 'team-east')).toHaveLength(1);
    });

    it('moves a case into a team only on the word of that team’s supervisor or an admin', () => {
      // The sending supervisor reads the case, so is told no; a third team's supervisor does not learn it exists.
      expect(refusal(() => transfer([caseOpened], supervisor))).toEqual({
        code: 'INTAKE.TRANSFER_FORBIDDEN',
        kind: 'forbidden',
        details: { caseId, toTeamId: 'team-south' },
      });
      expect(refusal(() => transfer([caseOpened], eastSupervisor))?.code).toBe('INTAKE.CASE_NOT_FOUND');
      expect(refusal(() => transfer([caseOpened], intake))?.code).toBe('INTAKE.TRANSFER_FORBIDDEN');
      expect(transfer([caseOpened], as('admin', 'adm-1'))).toHaveLength(1);
      expect(refusal(() => transfer([], otherSupervisor))?.code).toBe('INTAKE.CASE_NOT_FOUND');
    });
  });

  describe('who may change a case', () => {
    const addNeed =
      (metadata: CommandMetadata, past: readonly CaseEvent[] = [caseOpened, assignedTo('cm-1')]) =>
      () =>
        when(past, { type: 'AddNeed', data: { caseId, need: 'food' }, metadata });

    it('lets the assigned case manager, the team supervisor and an admin change the case', () => {
      expect(addNeed(as('case_manager', 'cm-1'))()).toHaveLength(1);
      expect(addNeed(supervisor)()).toHaveLength(1);
      expect(addNeed(as('admin', 'adm-1'))()).toHaveLength(1);
    });

    it("answers not found to a case manager or supervisor outside the case's scope", () => {
      expect(refusal(addNeed(as('case_manager', 'cm-2')))?.code).toBe('INTAKE.CASE_NOT_FOUND');
      expect(refusal(addNeed(otherSupervisor))?.code).toBe('INTAKE.CASE_NOT_FOUND');
    });

    it('refuses an auditor, who may read the case, as forbidden', () => {
      expect(refusal(addNeed(as('auditor', 'aud-1')))).toMatchObject({
        code: 'INTAKE.CASE_WRITE_FORBIDDEN',
        kind: 'forbidden',
      });
    });

    it('answers not found for a case that was never opened', () => {
      expect(refusal(addNeed(supervisor, []))?.code).toBe('INTAKE.CASE_NOT_FOUND');
    });

    it('allows a worker holding several roles what any of them allows, naming the role that allowed it', () => {
      // Case manager first, as the route prefers it; the case is not theirs to manage but theirs as its opener.
      const dual: CommandMetadata = {
        ...as('case_manager', 'iw-1'),
        actor: { id: 'iw-1', role: 'case_manager', roles: ['case_manager', 'intake_worker'] },
      };
      const command: CaseCommand = { type: 'AddNeed', data: { caseId, need: 'food' }, metadata: dual };
      expect(when([caseOpened], command)).toHaveLength(1);
      expect(caseDecider.grantingRole?.(command, stateAfter([caseOpened]))).toBe('intake_worker');
      // The same roles, one at a time as before: the case-manager scope alone refuses it.
      expect(refusal(addNeed(as('case_manager', 'iw-1'), [caseOpened]))?.code).toBe('INTAKE.CASE_NOT_FOUND');
    });

    it('lets only a supervisor override the caseload limit, however many roles the assigner holds', () => {
      const adminAndSupervisor = (teamId: string): CommandMetadata => ({
        ...as('supervisor', 'sup-9', teamId),
        actor: { id: 'sup-9', role: 'supervisor', roles: ['supervisor', 'admin'], teamId },
      });
      const overridden = assign(adminAndSupervisor('team-north'), 'cm-1', 3, { reason: 'covering leave' });
      expect(when([caseOpened], overridden)).toHaveLength(1);
      // Another team's case: only the admin role reaches it, and an admin may not override.
      const elsewhere = assign(adminAndSupervisor('team-south'), 'cm-1', 3, { reason: 'covering leave' });
      expect(refusal(() => when([caseOpened], elsewhere))?.code).toBe('INTAKE.OVERRIDE_NOT_ALLOWED');
    });
  });

  describe('assignment and transfer under several roles', () => {
    // One token, several roles, one team claim: each role is judged in its own scope (ADR 0012).
    const holding = (id: string, roles: readonly string[], teamId?: string): CommandMetadata => ({
      ...as(roles[0] ?? 'none', id, teamId),
      actor: { id, role: roles[0] ?? 'none', roles, ...(teamId ? { teamId } : {}) },
    });
    const southCase: CaseOpened = {
      ...caseOpened,
      data: { ...caseOpened.data, teamId: 'team-south', openedBy: 'iw-9' },
    };
    const southCaseManager: AssigneeRecord = { ...northCaseManager, teamId: 'team-south' };
    const recordedRole = (past: readonly CaseEvent[], command: CaseCommand) =>
      caseDecider.grantingRole?.(command, given(caseDecider, past).state);

    it('lets a supervisor who also works intake assign their team’s cases, not another team’s queue', () => {
      const supervisorAndIntake = holding('sup-5', ['supervisor', 'intake_worker'], 'team-north');
      const own = assign(supervisorAndIntake, 'cm-1', 0);
      expect(when([caseOpened], own)).toEqual([assignedTo('cm-1')]);
      expect(recordedRole([caseOpened], own)).toBe('supervisor');
      // The intake role reads (and may change) every team's unassigned queue, but assigns in its own team only; the
      // supervisor role does not reach team-south at all. Neither assigns it.
      const elsewhere = assign(supervisorAndIntake, 'cm-1', 0, undefined, southCaseManager);
      expect(refusal(() => when([southCase], elsewhere))).toEqual({
        code: 'INTAKE.ASSIGNMENT_FORBIDDEN',
        kind: 'forbidden',
        details: { caseId },
      });
      expect(recordedRole([southCase], elsewhere)).toBeUndefined();
    });

    it('records the intake role when it is the one that allows the assignment', () => {
      // Opened by them at intake and assigned to them as case manager: both roles may change the case, only the
      // intake role may assign it.
      const caseManagerAndIntake = holding('iw-1', ['case_manager', 'intake_worker'], 'team-north');
      const mine = [caseOpened, assignedTo('iw-1')];
      const reassign = assign(caseManagerAndIntake, 'cm-2', 0);
      expect(when(mine, reassign)).toEqual([assignedTo('cm-2', 'iw-1')]);
      expect(recordedRole(mine, reassign)).toBe('intake_worker');
      // Another team's case they manage: the case-manager role changes it, but does not assign; the intake role is
      // held to its own team.
      const theirs = [southCase, assignedTo('iw-1')];
      const away = assign(caseManagerAndIntake, 'cm-2', 0, undefined, southCaseManager);
      expect(refusal(() => when(theirs, away))?.code).toBe('INTAKE.ASSIGNMENT_FORBIDDEN');
    });

    it('lets the supervisor role of a case manager override the caseload limit, recorded as supervisor', () => {
      const caseManagerAndSupervisor = holding('sup-6', ['case_manager', 'supervisor'], 'team-north');
      const theirs = [caseOpened, assignedTo('sup-6')];
      const overridden = assign(caseManagerAndSupervisor, 'cm-1', 3, { reason: 'covering leave' });
      expect(when(theirs, overridden)).toEqual([
        {
          type: 'CaseAssigned',
          data: {
            caseId,
            caseManagerId: 'cm-1',
            previousCaseManagerId: 'sup-6',
            caseloadOverride: { supervisorId: 'sup-6', caseloadAtAssignment: 3, limit: 3 },
            personal: { overrideReason: 'covering leave' },
          },
        },
      ]);
      expect(recordedRole(theirs, overridden)).toBe('supervisor');
      // An intake worker who is a case manager has no supervisor role to answer for the override.
      const noSupervisor = assign(holding('iw-1', ['case_manager', 'intake_worker'], 'team-north'), 'cm-1', 3, {
        reason: 'covering leave',
      });
      expect(refusal(() => when([caseOpened, assignedTo('iw-1')], noSupervisor))).toMatchObject({
        code: 'INTAKE.OVERRIDE_NOT_ALLOWED',
        details: { role: 'intake_worker' },
      });
    });

    it('lets the receiving supervisor role transfer whatever other role comes first, recording supervisor', () => {
      const transfer = (metadata: CommandMetadata, toTeamId: string): CaseCommand => ({
        type: 'TransferCase',
        data: { caseId, toTeamId, reason: 'Client moved south' },
        metadata,
      });
      const intakeAndSouthSupervisor = holding('sup-7', ['intake_worker', 'supervisor'], 'team-south');
      const intoSouth = transfer(intakeAndSouthSupervisor, 'team-south');
      expect(when([caseOpened], intoSouth)).toHaveLength(1);
      expect(recordedRole([caseOpened], intoSouth)).toBe('supervisor');
      // Into a third team: refused, as forbidden since the intake role reads the unassigned case.
      expect(refusal(() => when([caseOpened], transfer(intakeAndSouthSupervisor, 'team-east')))?.code).toBe(
        'INTAKE.TRANSFER_FORBIDDEN',
      );
      const adminAndSupervisor = holding('sup-8', ['supervisor', 'admin'], 'team-north');
      expect(recordedRole([caseOpened], transfer(adminAndSupervisor, 'team-east'))).toBe('admin');
    });
  });

  describe('screenings and needs', () => {
    const record = (past: readonly CaseEvent[], scores: readonly number[], screeningId = 's-1') =>
      when(past, {
        type: 'RecordScreening',
        data: { caseId, screeningId, instrument: 'PHQ-9', answers: phq9(scores), subject: {} },
        metadata: { ...intake, occurredAt: new Date('2026-03-01T16:00:00.000Z') },
      });

    it('scores a PHQ-9 with item 9 answered, raises a same-day safety flag and identifies the mental-health need', () => {
      const scores = [2, 2, 2, 2, 2, 2, 2, 2, 1];
      const events = record([caseOpened], scores);
      expect(events.map((event) => event.type)).toEqual(['ScreeningScored', 'SafetyFlagRaised', 'NeedIdentified']);
      expect(events[0]).toEqual({
        type: 'ScreeningScored',
        data: {
          caseId,
          screeningId: 's-1',
          instrument: 'PHQ-9',
          instrumentVersion: 'PHQ-9 (Kroenke 2001)',
          personal: { answers: phq9(scores), subject: {} },
          result: {
            instrument: 'PHQ-9',
            instrumentVersion: 'PHQ-9 (Kroenke 2001)',
            totalScore: 17,
            band: 'moderately_severe',
            positive: true,
            safetyFlag: true,
            needs: ['mental_health'],
          },
        },
      });
      expect(events[1]).toEqual({
        type: 'SafetyFlagRaised',
        data: {
          caseId,
          screeningId: 's-1',
          instrument: 'PHQ-9',
          items: ['9'],
          followUpDueBy: '2026-03-02T16:00:00.000Z',
        },
      });
      expect(events[2]).toEqual({
        type: 'NeedIdentified',
        data: {
          caseId,
          need: 'mental_health',
          source: { kind: 'screening', screeningId: 's-1', instrument: 'PHQ-9' },
          openNeeds: ['mental_health'],
        },
      });
      expect(stateAfter([caseOpened, ...events])).toMatchObject({
        latestScreenings: { 'PHQ-9': { screeningId: 's-1', result: { totalScore: 17 } } },
        safetyFlags: [{ screeningId: 's-1', followUpDueBy: '2026-03-02T16:00:00.000Z' }],
        needs: [{ need: 'mental_health', note: null }],
      });
    });

    it('raises the safety flag on item 9 even when the total is below the positive cut-off', () => {
      const events = record([caseOpened], [0, 0, 1, 0, 0, 0, 0, 0, 1]);
      expect(events.map((event) => event.type)).toEqual(['ScreeningScored', 'SafetyFlagRaised']);
    });

    it('records a negative screen alone', () => {
      expect(record([caseOpened], [0, 0, 0, 0, 0, 0, 0, 0, 0]).map((event) => event.type)).toEqual(['ScreeningScored']);
    });

    it('does not identify a need that is already open', () => {
      const byHand: CaseEvent = {
        type: 'NeedIdentified',
        data: { caseId, need: 'mental_health', source: { kind: 'worker' }, openNeeds: ['mental_health'] },
      };
      const events = record([caseOpened, byHand], [3, 3, 3, 3, 0, 0, 0, 0, 0]);
      expect(events.map((event) => event.type)).toEqual(['ScreeningScored']);
    });

    it('refuses invalid answers with the item at fault, and a screening id recorded before', () => {
      expect(refusal(() => record([caseOpened], [0, 0, 0, 0, 0, 0, 0, 0, 4]))).toMatchObject({
        code: 'INTAKE.SCREENING_ANSWERS_INVALID',
        details: { item: '9', reason: 'out_of_range' },
      });
      const first = record([caseOpened], [0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(refusal(() => record([caseOpened, ...first], [0, 0, 0, 0, 0, 0, 0, 0, 0]))?.code).toBe(
        'INTAKE.SCREENING_ALREADY_RECORDED',
      );
    });

    it('adds a need by hand with the note sealed as personal data, listing every open need', () => {
      const housing = when([caseOpened], {
        type: 'AddNeed',
        data: { caseId, need: 'housing', note: 'Eviction notice for the 15th' },
        metadata: intake,
      });
      expect(housing).toEqual([
        {
          type: 'NeedIdentified',
          data: {
            caseId,
            need: 'housing',
            source: { kind: 'worker' },
            openNeeds: ['housing'],
            personal: { note: 'Eviction notice for the 15th' },
          },
        },
      ]);
      const food = when([caseOpened, ...housing], {
        type: 'AddNeed',
        data: { caseId, need: 'food' },
        metadata: intake,
      });
      expect(food).toEqual([
        {
          type: 'NeedIdentified',
          data: { caseId, need: 'food', source: { kind: 'worker' }, openNeeds: ['housing', 'food'] },
        },
      ]);
    });

    it('records nothing when a need added by hand is already open', () => {
      const housing: CaseEvent = {
        type: 'NeedIdentified',
        data: { caseId, need: 'housing', source: { kind: 'worker' }, openNeeds: ['housing'] },
      };
      expect(
        when([caseOpened, housing], { type: 'AddNeed', data: { caseId, need: 'housing' }, metadata: intake }),
      ).toEqual([]);
    });
  });

  describe('eligibility', () => {
    const determine = (programId: string | undefined, applicant: object) =>
      when([caseOpened], {
        type: 'DetermineEligibility',
        data: {
          caseId,
          ...(programId ? { programId } : {}),
          applicant: applicant as never,
          programs: DEFAULT_PROGRAMS,
        },
        metadata: intake,
      });

    it("records the determination for the case's own program with one reason per rule", () => {
      const applicant = { dateOfBirth: '1990-05-01', householdSize: 1, annualHouseholdIncome: 20_000 };
      const [event] = determine(undefined, applicant);
      expect(event).toEqual({
        type: 'EligibilityDetermined',
        data: {
          caseId,
          programId: 'adult-behavioral-health',
          eligible: true,
          reasons: [
            { rule: 'age', passed: true },
            { rule: 'income', passed: true },
          ],
          rules: DEFAULT_PROGRAMS[0],
          asOf: '2026-03-02T09:30:00.000Z',
          personal: {
            applicant,
            reasonDetails: [
              expect.stringContaining('Age 35 on 2026-03-02'),
              expect.stringContaining('at or below 200%'),
            ],
          },
        },
      });
      expect(stateAfter([caseOpened, event!]).eligibility['adult-behavioral-health']).toMatchObject({
        eligible: true,
        reasons: [
          { rule: 'age', passed: true, detail: expect.stringContaining('Age 35') },
          { rule: 'income', passed: true, detail: expect.stringContaining('200%') },
        ],
      });
    });

    it('reads determinations and screenings stored before ADR 0014, and details as null once erased', () => {
      const [event] = determine(undefined, { dateOfBirth: '1990-05-01', householdSize: 1, annualHouseholdIncome: 1 });
      const determined = event as Extract<CaseEvent, { type: 'EligibilityDetermined' }>;
      const legacy = {
        ...determined,
        data: {
          ...determined.data,
          reasons: determined.data.reasons.map((reason) => ({ ...reason, detail: 'in clear' })),
          personal: { applicant: { dateOfBirth: '1990-05-01' } },
        },
      };
      expect(stateAfter([caseOpened, legacy]).eligibility['adult-behavioral-health']?.reasons).toEqual([
        { rule: 'age', passed: true, detail: 'in clear' },
        { rule: 'income', passed: true, detail: 'in clear' },
      ]);
      const erased = { ...determined, data: { ...determined.data, personal: null } };
      expect(stateAfter([caseOpened, erased]).eligibility['adult-behavioral-health']?.reasons).toEqual([
        { rule: 'age', passed: true, detail: null },
        { rule: 'income', passed: true, detail: null },
      ]);
      const result = { instrument: 'PHQ-9', instrumentVersion: 'v', positive: false, safetyFlag: false, needs: [] };
      const screening = {
        type: 'ScreeningScored',
        data: { caseId, screeningId: 's-9', instrument: 'PHQ-9', instrumentVersion: 'v', result },
      } as Extract<CaseEvent, { type: 'ScreeningScored' }>;
      const oldShape = { ...screening, data: { ...screening.data, answers: { '1': 0 }, subject: {} } };
      expect(stateAfter([caseOpened, oldShape]).latestScreenings['PHQ-9']).toMatchObject({
        answers: { '1': 0 },
        subject: {},
      });
      expect(
        stateAfter([caseOpened, { ...screening, data: { ...screening.data, personal: null } }]).latestScreenings[
          'PHQ-9'
        ],
      ).toMatchObject({ answers: null, subject: null });
    });

    it('records an ineligible determination for another program with the reasons that failed', () => {
      const [event] = determine('housing-stabilization', { dateOfBirth: '1990-05-01', county: 'Marin' });
      expect(event?.data).toMatchObject({
        programId: 'housing-stabilization',
        eligible: false,
        reasons: [
          { rule: 'age', passed: true },
          { rule: 'county', passed: false },
          { rule: 'income', passed: false },
        ],
      });
    });

    it('refuses a program the agency does not run', () => {
      expect(refusal(() => determine('moon-base', { dateOfBirth: '1990-05-01' }))?.code).toBe('INTAKE.PROGRAM_UNKNOWN');
    });
  });
});
