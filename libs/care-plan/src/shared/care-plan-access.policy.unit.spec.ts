import {
  caseReadGrant,
  caseWriteGrant,
  planApprovalGrant,
  type CarePlanActor,
  type CaseAccessScope,
} from './care-plan-access.policy';

const mayReadCaseView = (actor: CarePlanActor, scope: CaseAccessScope) =>
  caseReadGrant(actor, scope).decision === 'granted';

const NORTH_CASE = { teamId: 'team-north', caseManagerId: 'cm-1' };

describe('who reads a case in care plan', () => {
  it('lets the assigned case manager, a supervisor of the case’s team, an auditor and an admin read it', () => {
    expect(mayReadCaseView({ id: 'cm-1', roles: ['case_manager'] }, NORTH_CASE)).toBe(true);
    expect(mayReadCaseView({ id: 'aud-1', roles: ['auditor'] }, NORTH_CASE)).toBe(true);
    expect(mayReadCaseView({ id: 'sup-1', roles: ['supervisor'], teamId: 'team-north' }, NORTH_CASE)).toBe(true);
    expect(mayReadCaseView({ id: 'adm-1', roles: ['admin'] }, NORTH_CASE)).toBe(true);
  });

  it('refuses another case manager, another team’s supervisor and the roles care plan does not serve', () => {
    expect(mayReadCaseView({ id: 'cm-2', roles: ['case_manager'] }, NORTH_CASE)).toBe(false);
    expect(mayReadCaseView({ id: 'sup-2', roles: ['supervisor'], teamId: 'team-south' }, NORTH_CASE)).toBe(false);
    expect(mayReadCaseView({ id: 'sup-3', roles: ['supervisor'] }, NORTH_CASE)).toBe(false);
    expect(mayReadCaseView({ id: 'cm-1', roles: ['intake_worker', 'provider_partner'] }, NORTH_CASE)).toBe(false);
    expect(mayReadCaseView({ id: 'cm-1', roles: ['unknown'] }, NORTH_CASE)).toBe(false);
  });

  it('lets a case manager who is also a supervisor read under either role', () => {
    const actor = { id: 'cm-2', roles: ['case_manager', 'supervisor'], teamId: 'team-north' };
    expect(mayReadCaseView(actor, NORTH_CASE)).toBe(true);
    expect(mayReadCaseView(actor, { ...NORTH_CASE, caseManagerId: null })).toBe(true);
  });

  it('refuses an unassigned case to every case manager', () => {
    expect(mayReadCaseView({ id: 'cm-1', roles: ['case_manager'] }, { ...NORTH_CASE, caseManagerId: null })).toBe(
      false,
    );
  });

  it('lets the case manager and the team’s supervisor write; auditors and admins read but may not write', () => {
    expect(caseWriteGrant({ id: 'cm-1', roles: ['case_manager'] }, NORTH_CASE)).toEqual({
      decision: 'granted',
      role: 'case_manager',
    });
    expect(caseWriteGrant({ id: 'sup-1', roles: ['supervisor'], teamId: 'team-north' }, NORTH_CASE)).toEqual({
      decision: 'granted',
      role: 'supervisor',
    });
    expect(caseWriteGrant({ id: 'aud-1', roles: ['auditor'] }, NORTH_CASE)).toEqual({ decision: 'forbidden' });
    expect(caseWriteGrant({ id: 'adm-1', roles: ['admin'] }, NORTH_CASE)).toEqual({ decision: 'forbidden' });
    expect(caseWriteGrant({ id: 'cm-2', roles: ['case_manager'] }, NORTH_CASE)).toEqual({ decision: 'not_found' });
  });

  it('lets only a supervisor of the case’s team approve: its case manager may write but not approve', () => {
    expect(planApprovalGrant({ id: 'sup-1', roles: ['supervisor'], teamId: 'team-north' }, NORTH_CASE)).toEqual({
      decision: 'granted',
      role: 'supervisor',
    });
    expect(planApprovalGrant({ id: 'cm-1', roles: ['case_manager'] }, NORTH_CASE)).toEqual({ decision: 'forbidden' });
    expect(planApprovalGrant({ id: 'sup-2', roles: ['supervisor'], teamId: 'team-south' }, NORTH_CASE)).toEqual({
      decision: 'not_found',
    });
  });
});
