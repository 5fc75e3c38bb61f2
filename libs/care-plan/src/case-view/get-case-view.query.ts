import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../shared/care-plan-access-log';
import { caseReadGrant } from '../shared/care-plan-access.policy';
import type { CaseView } from './case-view.types';
import { CaseViewErrors } from './case-view.errors';

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

/** `GET /care-plan/cases/{caseId}`: care plan's row of the case, for those who may read it; every read is logged. */
@Injectable()
export class GetCaseViewQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string): Promise<CaseView> {
    const { rows } = await this.pool.query<CaseRow>(
      'SELECT * FROM care_plan.cases WHERE tenant_id = $1 AND case_id = $2',
      [context.tenantId, caseId],
    );
    const row = rows[0];
    const grant = row
      ? caseReadGrant(context.actor, { teamId: row.team_id, caseManagerId: row.case_manager_id })
      : null;
    if (!row || grant?.decision !== 'granted') throw CaseViewErrors.notFound(caseId);
    await this.accessLog.read(context, {
      subject: 'case',
      caseId,
      clientId: row.client_id,
      view: 'GET /care-plan/cases/{caseId}',
      role: grant.role,
    });
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
}
