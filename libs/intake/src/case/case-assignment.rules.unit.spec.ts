import type { CaseAccessActor, CaseScope } from './case-access.policy';
import { assigningRole, transferringRole } from './case-assignment.rules';

const northQueue: CaseScope = { openedBy: 'iw-9', teamId: 'team-north', caseManagerId: null };
const northAssigned: CaseScope = { ...northQueue, caseManagerId: 'cm-1' };
const southQueue: CaseScope = { ...northQueue, teamId: 'team-south' };
const actor = (roles: readonly string[], teamId?: string): CaseAccessActor => ({
  id: 'u-1',
  roles,
  ...(teamId ? { teamId } : {}),
});

describe('Assignment rules', () => {
  it('judges each role in its own scope and answers the first that allows the assignment', () => {
    const supervisorAndIntake = actor(['supervisor', 'intake_worker'], 'team-north');
    expect(assigningRole(supervisorAndIntake, northQueue, false)).toBe('supervisor');
    // Intake's reach over every team's queue does not lend the supervisor role another team.
    expect(assigningRole(supervisorAndIntake, southQueue, false)).toBeUndefined();
    expect(assigningRole(actor(['intake_worker', 'supervisor'], 'team-north'), northQueue, false)).toBe(
      'intake_worker',
    );
    // An intake worker assigns their own team's cases that intake may change: not one a case manager holds.
    expect(assigningRole(actor(['intake_worker'], 'team-north'), northAssigned, false)).toBeUndefined();
    expect(assigningRole(actor(['intake_worker', 'supervisor'], 'team-north'), northAssigned, false)).toBe(
      'supervisor',
    );
    expect(assigningRole(actor(['case_manager', 'auditor', 'admin']), southQueue, false)).toBe('admin');
    expect(assigningRole(actor(['case_manager', 'auditor']), northQueue, false)).toBeUndefined();
  });

  it('counts only a supervisor’s role, in its team, for an override of the caseload limit', () => {
    expect(assigningRole(actor(['admin', 'supervisor'], 'team-north'), northQueue, true)).toBe('supervisor');
    expect(assigningRole(actor(['admin', 'supervisor'], 'team-south'), northQueue, true)).toBeUndefined();
    expect(assigningRole(actor(['intake_worker', 'case_manager'], 'team-north'), northQueue, true)).toBeUndefined();
  });

  it('moves a case into a team under an admin role or that team’s supervisor role', () => {
    expect(transferringRole(actor(['intake_worker', 'supervisor'], 'team-south'), 'team-south')).toBe('supervisor');
    expect(transferringRole(actor(['intake_worker', 'supervisor'], 'team-south'), 'team-east')).toBeUndefined();
    expect(transferringRole(actor(['supervisor', 'admin'], 'team-north'), 'team-east')).toBe('admin');
    expect(transferringRole(actor(['case_manager', 'intake_worker'], 'team-east'), 'team-east')).toBeUndefined();
  });
});
