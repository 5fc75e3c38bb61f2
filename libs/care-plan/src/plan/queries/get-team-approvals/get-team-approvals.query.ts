import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { loadAggregate } from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { caseReadGrant } from '../../../shared/care-plan-access.policy';
import { InjectCarePlanEventStore } from '../../../shared/care-plan-options';
import { carePlanStreamId } from '../../../shared/care-plan-streams';
import { planDecider } from '../../plan.decider';
import { PlanErrors } from '../../plan.errors';
import type { PlanView } from '../get-plans/get-plans.query';

/** A plan with a version submitted and not yet approved or returned, on a case of the team. */
export interface PlanAwaitingDecision {
  readonly caseId: string;
  readonly caseManagerId: string | null;
  /** Version of the case's plans stream as read. */
  readonly streamVersion: number;
  readonly plan: PlanView;
}

export interface TeamApprovals {
  readonly teamId: string;
  readonly asOf: string;
  /** Oldest case first. */
  readonly items: readonly PlanAwaitingDecision[];
}

export const TEAM_APPROVALS_VIEW = 'GET /care-plan/approvals';

// Cases whose plans streams are read at once.
const READ_AT_ONCE = 8;

/**
 * `GET /care-plan/approvals?teamId=`: the plans of the team's open cases with a version awaiting a decision, first
 * submissions and changed plans awaiting re-approval alike. Read by the team's supervisors and the tenant's admins
 * and auditors; each plan shown is a recorded read of its case.
 */
@Injectable()
export class GetTeamApprovalsQuery {
  constructor(
    @InjectCarePlanEventStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, teamId: string): Promise<TeamApprovals> {
    // Whoever may read an unassigned case of the team reads its queue: its supervisors, the tenant's admins and auditors.
    const grant = caseReadGrant(context.actor, { teamId, caseManagerId: null });
    if (grant.decision !== 'granted') throw PlanErrors.teamApprovalsForbidden(teamId);
    const asOf = new Date();
    const { rows } = await this.pool.query<{ case_id: string; client_id: string; case_manager_id: string | null }>(
      `SELECT case_id, client_id, case_manager_id FROM care_plan.cases
        WHERE tenant_id = $1 AND team_id = $2 AND status <> 'closed'
        ORDER BY opened_at, case_id`,
      [context.tenantId, teamId],
    );
    const items: PlanAwaitingDecision[] = [];
    // Only what is shown is read: one record per case with a plan in the queue.
    const shown = new Map<string, string>();
    for (let start = 0; start < rows.length; start += READ_AT_ONCE) {
      const read = await Promise.all(
        rows.slice(start, start + READ_AT_ONCE).map(async (row) => {
          const loaded = await loadAggregate(
            this.store,
            carePlanStreamId('plan', row.case_id),
            planDecider,
            context.tenantId,
          );
          const waiting = loaded.state.plans.filter((plan) => plan.approvalStatus === 'submitted');
          return waiting.map((plan) => ({ row, streamVersion: loaded.version, plan }));
        }),
      );
      for (const { row, streamVersion, plan } of read.flat()) {
        shown.set(row.case_id, row.client_id);
        items.push({
          caseId: row.case_id,
          caseManagerId: row.case_manager_id,
          streamVersion,
          plan: { ...plan, goals: plan.goals.map((goal) => ({ ...goal, measureProgress: null })) },
        });
      }
    }
    for (const [caseId, clientId] of shown) {
      await this.accessLog.read(context, {
        subject: 'plan',
        caseId,
        clientId,
        view: TEAM_APPROVALS_VIEW,
        role: grant.role,
      });
    }
    return { teamId, asOf: asOf.toISOString(), items };
  }
}
