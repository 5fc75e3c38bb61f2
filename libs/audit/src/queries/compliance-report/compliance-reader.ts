import type { RequestContext } from '@casemgmt/auth';
import { auditError } from '../../shared/audit-error';

/**
 * Who reads compliance, and over which cases: an auditor or an admin the tenant's, a supervisor their own team's
 * only (the team holding each case now, on the occurred clock; then, on the known clock).
 */
export interface ComplianceReader {
  /** The role the read is made in, for the access log. */
  readonly role: 'auditor' | 'admin' | 'supervisor';
  /** The team a supervisor reads; absent for the tenant's readers. */
  readonly teamId?: string;
}

/**
 * The reader of a compliance request. A supervisor names their team by their token; asking for another team's
 * compliance is refused, as is a supervisor's token naming no team.
 */
export function complianceReaderOf(context: RequestContext, askedTeam?: string): ComplianceReader {
  const { roles, teamId } = context.actor;
  if (roles.includes('auditor')) return { role: 'auditor' };
  if (roles.includes('admin')) return { role: 'admin' };
  if (teamId === undefined) {
    throw auditError(
      'AUDIT.NO_TEAM',
      'forbidden',
      'A supervisor reads their team’s compliance; the token names no team',
    );
  }
  if (askedTeam !== undefined && askedTeam !== teamId) {
    throw auditError('AUDIT.OTHER_TEAM', 'forbidden', 'A supervisor reads their own team’s compliance only', {
      field: 'team',
    });
  }
  return { role: 'supervisor', teamId };
}
