import type { Pool } from 'pg';
import type { CaseView } from '../case-view/case-view.types';

/**
 * A case as care plan knows it now, from its own view fed by intake's events (ADR 0027): what its deciders check
 * access and the case's status against. Handlers read it and pass it in the command, so deciders stay pure.
 */
export interface CaseScope {
  readonly caseId: string;
  readonly clientId: string;
  readonly program: string;
  readonly priority: string;
  readonly status: string;
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly openedAt: string;
  readonly needs: readonly string[];
}

/** Status of a case once intake closed it, in care plan's view. */
export const CLOSED_STATUS = 'closed';

// Every care plan command names its case and carries the case as care plan knows it now (null when it has not heard
// of it): the decider checks access and the case's status against it, so it needs no I/O.
export interface OnCase {
  readonly caseId: string;
  readonly case: CaseScope | null;
}

interface CaseRow extends Record<string, unknown> {
  readonly case_id: string;
  readonly client_id: string;
  readonly program: string;
  readonly priority: string;
  readonly status: string;
  readonly team_id: string;
  readonly case_manager_id: string | null;
  readonly opened_at: Date;
  readonly closed_at: Date | null;
  readonly needs: string[];
  readonly safety_flags: CaseView['safetyFlags'];
  readonly updated_at: Date;
}

/** Care plan's row of the case in the tenant, or null when it has not heard of it (or it is another tenant's). */
export async function caseViewOf(pool: Pool, tenantId: string, caseId: string): Promise<CaseView | null> {
  const { rows } = await pool.query<CaseRow>(
    `SELECT case_id, client_id, program, priority, status, team_id, case_manager_id, opened_at, closed_at, needs,
            safety_flags, updated_at
       FROM care_plan.cases WHERE tenant_id = $1 AND case_id = $2`,
    [tenantId, caseId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    caseId: row.case_id,
    clientId: row.client_id,
    program: row.program,
    priority: row.priority,
    status: row.status,
    teamId: row.team_id,
    caseManagerId: row.case_manager_id,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    needs: row.needs,
    safetyFlags: row.safety_flags,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The case as a command or a read checks access against: its row, of which the scope is a part. */
export const caseScopeOf: (pool: Pool, tenantId: string, caseId: string) => Promise<CaseScope | null> = caseViewOf;
