import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import { AccessLog } from '../../../shared/access-log';
import { InjectIntakeOptions, type IntakeOptions } from '../../../shared/intake-options';
import { CASE_PRIORITIES, WORKING_STATUSES, type CasePriority, type WorkingStatus } from '../../case.decider';
import { CaseErrors } from '../../case.errors';
import { CaseloadEntry } from '../../projections/caseload/caseload-entry.entity';
import { caseloadCasesOf, recordListedCases, type CaseloadCase, type CaseloadCounts } from '../caseload-views';

export interface WorkerCaseload extends CaseloadCounts {
  readonly caseManagerId: string;
  readonly atLimit: boolean;
}

export interface TeamCaseloads {
  readonly teamId: string;
  readonly caseloadLimit: number;
  /** Per case manager holding open cases of the team, busiest first. */
  readonly workers: readonly WorkerCaseload[];
  /** The team's open cases nobody is assigned to, most urgent first. */
  readonly unassigned: readonly CaseloadCase[];
}

type CountRow = { case_manager_id: string; open_cases: number; open_safety_flags: number } & Record<
  `status_${WorkingStatus}` | `priority_${CasePriority}`,
  number
>;

const VIEW = 'GET /intake/caseloads';

/** `GET /intake/caseloads?teamId=`: per-worker counts of a team's open cases, and its unassigned queue. */
@Injectable()
export class GetTeamCaseloadsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectIntakeOptions() private readonly options: IntakeOptions,
    private readonly accessLog: AccessLog,
  ) {}

  async execute(context: RequestContext, requestedTeamId: string | undefined): Promise<TeamCaseloads> {
    const teamId = this.teamOf(context, requestedTeamId);
    const [counts, unassignedRows] = await Promise.all([
      this.countsPerWorker(context.tenantId, teamId),
      this.dataSource.getRepository(CaseloadEntry).findBy({
        tenantId: context.tenantId,
        teamId,
        caseManagerId: IsNull(),
        status: Not('closed' as const),
      }),
    ]);
    const unassigned = caseloadCasesOf(unassignedRows);
    // A supervisor reads their own team as supervisor; admins and auditors read every team.
    const role =
      context.actor.roles.includes('supervisor') && context.actor.teamId === teamId
        ? 'supervisor'
        : (context.actor.roles.find((held) => held === 'admin' || held === 'auditor') ?? 'none');
    await recordListedCases(this.accessLog, context, unassigned, VIEW, role);
    const limit = this.options.caseloadLimit;
    return {
      teamId,
      caseloadLimit: limit,
      workers: counts.map((row) => ({
        caseManagerId: row.case_manager_id,
        openCases: row.open_cases,
        byStatus: Object.fromEntries(WORKING_STATUSES.map((status) => [status, row[`status_${status}`]])) as Record<
          WorkingStatus,
          number
        >,
        byPriority: Object.fromEntries(
          CASE_PRIORITIES.map((priority) => [priority, row[`priority_${priority}`]]),
        ) as Record<CasePriority, number>,
        openSafetyFlags: row.open_safety_flags,
        atLimit: row.open_cases >= limit,
      })),
      unassigned,
    };
  }

  // Admins and auditors name any team of the tenant; a supervisor sees their own.
  private teamOf(context: RequestContext, requested: string | undefined): string {
    const { roles, teamId: ownTeam } = context.actor;
    if (roles.includes('admin') || roles.includes('auditor')) {
      const teamId = requested ?? ownTeam;
      if (!teamId) throw CaseErrors.invalid('teamId', 'is required');
      return teamId;
    }
    if (!ownTeam) throw CaseErrors.teamCaseloadForbidden(requested ?? '(none)');
    if (requested !== undefined && requested !== ownTeam) throw CaseErrors.teamCaseloadForbidden(requested);
    return ownTeam;
  }

  private async countsPerWorker(tenantId: string, teamId: string): Promise<CountRow[]> {
    const statusCounts = WORKING_STATUSES.map(
      (status) => `count(*) FILTER (WHERE status = '${status}')::int AS status_${status}`,
    );
    const priorityCounts = CASE_PRIORITIES.map(
      (priority) => `count(*) FILTER (WHERE priority = '${priority}')::int AS priority_${priority}`,
    );
    return this.dataSource.query<CountRow[]>(
      `SELECT case_manager_id,
              count(*)::int AS open_cases,
              ${[...statusCounts, ...priorityCounts].join(',\n              ')},
              count(*) FILTER (WHERE safety_flag_open)::int AS open_safety_flags
         FROM intake.caseload_entry
        WHERE tenant_id = $1 AND team_id = $2 AND status <> 'closed' AND case_manager_id IS NOT NULL
        GROUP BY case_manager_id
        ORDER BY open_cases DESC, case_manager_id`,
      [tenantId, teamId],
    );
  }
}
