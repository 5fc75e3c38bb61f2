import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { caseReadGrant } from '../../../shared/care-plan-access.policy';
import { WorklistErrors } from '../../worklist.errors';
import { readWorklist, recordWorklistRead, type Worklist } from '../worklist-read';

export interface TeamWorklist extends Worklist {
  readonly teamId: string;
}

const VIEW = 'GET /care-plan/worklist';

/** `GET /care-plan/worklist?teamId=`: the open items of every case of the team, assigned or waiting for it. */
@Injectable()
export class GetTeamWorklistQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, teamId: string): Promise<TeamWorklist> {
    // Whoever may read an unassigned case of the team reads its list: its supervisors, the tenant's admins and auditors.
    const grant = caseReadGrant(context.actor, { teamId, caseManagerId: null });
    if (grant.decision !== 'granted') throw WorklistErrors.teamWorklistForbidden(teamId);
    const worklist = await readWorklist(this.pool, context.tenantId, { teamId }, new Date());
    await recordWorklistRead(this.accessLog, context, { teamId }, VIEW, grant.role);
    return { teamId, ...worklist };
  }
}
