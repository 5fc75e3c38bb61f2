import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import type { WorkerRole } from '../../worker.decider';
import { WorkerErrors } from '../../worker.errors';
import { WorkerRow } from '../../projections/workers/worker-row.entity';
import type { ListWorkersRequestDto } from './list-workers.request.dto';

export interface ListedWorker {
  readonly workerId: string;
  readonly displayName: string;
  readonly teamId: string;
  readonly roles: readonly WorkerRole[];
  readonly active: boolean;
}

export interface WorkerList {
  readonly teamId: string | null;
  readonly workers: readonly ListedWorker[];
  /** The `after` of the next page, or null on the last. */
  readonly next: string | null;
}

/** `GET /intake/workers`: the registry as the people who assign cases need it, by worker id. */
@Injectable()
export class ListWorkersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(context: RequestContext, request: ListWorkersRequestDto): Promise<WorkerList> {
    const teamId = this.teamOf(context, request.teamId);
    const limit = request.limit ?? 100;
    const query = this.dataSource
      .getRepository(WorkerRow)
      .createQueryBuilder('worker')
      .where('worker.tenantId = :tenantId', { tenantId: context.tenantId })
      .orderBy('worker.workerId')
      .limit(limit + 1);
    if (teamId !== null) query.andWhere('worker.teamId = :teamId', { teamId });
    if (request.role) query.andWhere(':role = ANY(worker.roles)', { role: request.role });
    if (request.includeDeactivated !== true) query.andWhere('worker.active');
    if (request.after) query.andWhere('worker.workerId > :after', { after: request.after });
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    return {
      teamId,
      workers: page.map(({ workerId, displayName, teamId: team, roles, active }) => ({
        workerId,
        displayName,
        teamId: team,
        roles,
        active,
      })),
      next: rows.length > limit ? (page.at(-1)?.workerId ?? null) : null,
    };
  }

  // An admin lists any team, or the whole agency; everyone else their own team.
  private teamOf(context: RequestContext, requested: string | undefined): string | null {
    const { roles, teamId: ownTeam } = context.actor;
    if (roles.includes('admin')) return requested ?? null;
    if (!ownTeam) throw WorkerErrors.teamWorkersForbidden(requested ?? '(none)');
    if (requested !== undefined && requested !== ownTeam) throw WorkerErrors.teamWorkersForbidden(requested);
    return ownTeam;
  }
}
