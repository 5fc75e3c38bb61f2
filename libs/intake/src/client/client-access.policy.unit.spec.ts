import type { CaseAccessActor } from '../case/case-access.policy';
import { clientReadGrant, clientWriteGrant, type ClientCaseScope } from './client-access.policy';

const actor = (roles: string[], id: string, teamId?: string): CaseAccessActor => ({
  id,
  roles,
  ...(teamId ? { teamId } : {}),
});
const assignedNorth: ClientCaseScope = { teamId: 'team-north', caseManagerId: 'cm-1', status: 'assessment' };
const queuedNorth: ClientCaseScope = { teamId: 'team-north', caseManagerId: null, status: 'opened' };
const closedSouth: ClientCaseScope = { teamId: 'team-south', caseManagerId: 'cm-2', status: 'closed' };

describe('client access policy', () => {
  it('lets the case manager of a case of the client, and the supervisor of its team, read and change the client', () => {
    expect(clientWriteGrant(actor(['case_manager'], 'cm-1'), [assignedNorth])).toEqual({
      decision: 'granted',
      role: 'case_manager',
    });
    expect(clientWriteGrant(actor(['supervisor'], 'sup-1', 'team-north'), [assignedNorth])).toEqual({
      decision: 'granted',
      role: 'supervisor',
    });
    // A closed case still links its case manager and team to the client.
    expect(clientReadGrant(actor(['case_manager'], 'cm-2'), [closedSouth]).decision).toBe('granted');
  });

  it('hides the client as not found from case managers and supervisors of other cases', () => {
    expect(clientReadGrant(actor(['case_manager'], 'cm-9'), [assignedNorth])).toEqual({ decision: 'not_found' });
    expect(clientReadGrant(actor(['supervisor'], 'sup-2', 'team-south'), [assignedNorth])).toEqual({
      decision: 'not_found',
    });
    expect(clientReadGrant(actor(['supervisor'], 'sup-1'), [assignedNorth]).decision).toBe('not_found');
    expect(clientReadGrant(actor(['case_manager'], 'cm-1'), []).decision).toBe('not_found');
  });

  it('lets intake work a client while no open case of theirs is assigned, a client without a case included', () => {
    const intake = actor(['intake_worker'], 'iw-1');
    expect(clientWriteGrant(intake, []).decision).toBe('granted');
    expect(clientWriteGrant(intake, [queuedNorth, closedSouth]).decision).toBe('granted');
    expect(clientWriteGrant(intake, [queuedNorth, assignedNorth]).decision).toBe('not_found');
  });

  it('lets an admin do everything, an auditor read only, and a provider partner nothing', () => {
    expect(clientWriteGrant(actor(['admin'], 'adm-1'), []).decision).toBe('granted');
    expect(clientReadGrant(actor(['auditor'], 'aud-1'), [assignedNorth]).decision).toBe('granted');
    expect(clientWriteGrant(actor(['auditor'], 'aud-1'), [assignedNorth])).toEqual({ decision: 'forbidden' });
    expect(clientReadGrant(actor(['provider_partner'], 'pp-1'), [assignedNorth]).decision).toBe('not_found');
  });

  it('grants under the first role, in the order given, that allows it', () => {
    const dual = actor(['case_manager', 'intake_worker'], 'iw-1');
    expect(clientWriteGrant(dual, [queuedNorth])).toEqual({ decision: 'granted', role: 'intake_worker' });
  });
});
