import {
  caseReadAccess,
  caseReadGrant,
  caseWriteAccess,
  caseWriteGrant,
  type CaseAccessActor,
  type CaseScope,
} from './case-access.policy';

const assigned: CaseScope = { openedBy: 'iw-1', teamId: 'team-north', caseManagerId: 'cm-1' };
const unassigned: CaseScope = { ...assigned, caseManagerId: null };

const actor = (roles: string[], id: string, teamId?: string): CaseAccessActor => ({
  id,
  roles,
  ...(teamId ? { teamId } : {}),
});

describe('case access policy', () => {
  it('lets an admin read and change every case of the tenant', () => {
    expect(caseReadAccess(actor(['admin'], 'adm-1'), assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['admin'], 'adm-1'), assigned)).toBe('granted');
  });

  it('lets an auditor read every case but change none, answering forbidden rather than not found', () => {
    expect(caseReadAccess(actor(['auditor'], 'aud-1'), assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['auditor'], 'aud-1'), assigned)).toBe('forbidden');
  });

  it("scopes a supervisor to their team's cases, and hides the rest as not found", () => {
    expect(caseReadAccess(actor(['supervisor'], 'sup-1', 'team-north'), assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['supervisor'], 'sup-1', 'team-north'), assigned)).toBe('granted');
    expect(caseReadAccess(actor(['supervisor'], 'sup-2', 'team-south'), assigned)).toBe('not_found');
    expect(caseWriteAccess(actor(['supervisor'], 'sup-2', 'team-south'), assigned)).toBe('not_found');
  });

  it('gives a supervisor without a team claim no case at all', () => {
    expect(caseReadAccess(actor(['supervisor'], 'sup-3'), assigned)).toBe('not_found');
  });

  it('scopes a case manager to the cases assigned to them', () => {
    expect(caseReadAccess(actor(['case_manager'], 'cm-1'), assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['case_manager'], 'cm-1'), assigned)).toBe('granted');
    expect(caseReadAccess(actor(['case_manager'], 'cm-2'), assigned)).toBe('not_found');
    expect(caseReadAccess(actor(['case_manager'], 'cm-1'), unassigned)).toBe('not_found');
  });

  it('lets an intake worker work the cases they opened and the unassigned queue', () => {
    expect(caseWriteAccess(actor(['intake_worker'], 'iw-1'), assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['intake_worker'], 'iw-2'), unassigned)).toBe('granted');
    expect(caseReadAccess(actor(['intake_worker'], 'iw-2'), assigned)).toBe('not_found');
  });

  it('hides every case from a provider partner and from a token without a known role', () => {
    expect(caseReadAccess(actor(['provider_partner'], 'pp-1'), unassigned)).toBe('not_found');
    expect(caseReadAccess(actor(['janitor'], 'x-1'), unassigned)).toBe('not_found');
  });

  it('grants what any one of several roles grants', () => {
    const both = actor(['case_manager', 'supervisor'], 'cm-9', 'team-north');
    expect(caseWriteAccess(both, assigned)).toBe('granted');
    expect(caseWriteAccess(actor(['auditor', 'case_manager'], 'cm-1'), assigned)).toBe('granted');
  });

  it('names the first of the actor’s roles, in their order, that grants the request', () => {
    const dual = actor(['case_manager', 'intake_worker'], 'iw-1');
    expect(caseWriteGrant(dual, unassigned)).toEqual({ decision: 'granted', role: 'intake_worker' });
    expect(caseReadGrant(actor(['case_manager', 'intake_worker'], 'cm-1'), assigned)).toEqual({
      decision: 'granted',
      role: 'case_manager',
    });
    expect(caseWriteGrant(actor(['auditor'], 'aud-1'), assigned)).toEqual({ decision: 'forbidden' });
    expect(caseReadGrant(actor(['case_manager'], 'cm-2'), assigned)).toEqual({ decision: 'not_found' });
  });
});
