import type { Pool } from 'pg';
import type { ReferralCaseScope } from '../referral/referral.decider';

/** Status of a case once intake closed it, in referral's view. */
export const CLOSED_STATUS = 'closed';

/** A case as referral knows it now, and its client, whose key seals what referral keeps of them. */
export interface ReferralCase extends ReferralCaseScope {
  readonly clientId: string;
}

interface CaseRow extends Record<string, unknown> {
  readonly case_id: string;
  readonly client_id: string;
  readonly program: string;
  readonly status: string;
  readonly team_id: string;
  readonly case_manager_id: string | null;
  readonly needs: string[];
}

/** Referral's row of the case in the tenant, or null when it has not heard of it (or it is another tenant's). */
export async function referralCaseOf(pool: Pool, tenantId: string, caseId: string): Promise<ReferralCase | null> {
  const { rows } = await pool.query<CaseRow>(
    `SELECT case_id, client_id, program, status, team_id, case_manager_id, needs
       FROM referral.cases WHERE tenant_id = $1 AND case_id = $2`,
    [tenantId, caseId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    caseId: row.case_id,
    clientId: row.client_id,
    program: row.program,
    status: row.status,
    teamId: row.team_id,
    caseManagerId: row.case_manager_id,
    needs: row.needs,
  };
}
