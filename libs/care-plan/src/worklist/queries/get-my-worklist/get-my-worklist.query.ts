import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { readWorklist, recordWorklistRead, type Worklist } from '../worklist-read';

export interface MyWorklist extends Worklist {
  readonly caseManagerId: string;
}

const VIEW = 'GET /care-plan/worklist/me';

/** `GET /care-plan/worklist/me`: the open items of the cases the caller is the case manager of now. */
@Injectable()
export class GetMyWorklistQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext): Promise<MyWorklist> {
    const caseManagerId = context.actor.id;
    const worklist = await readWorklist(this.pool, context.tenantId, { caseManagerId }, new Date());
    await recordWorklistRead(this.accessLog, context, { caseManagerId }, VIEW, 'case_manager');
    return { caseManagerId, ...worklist };
  }
}
