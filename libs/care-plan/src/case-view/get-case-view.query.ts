import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../shared/care-plan-access-log';
import { caseReadGrant } from '../shared/care-plan-access.policy';
import { caseViewOf } from '../shared/case-scope';
import type { CaseView } from './case-view.types';
import { CaseViewErrors } from './case-view.errors';

/** `GET /care-plan/cases/{caseId}`: care plan's row of the case, for those who may read it; every read is logged. */
@Injectable()
export class GetCaseViewQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string): Promise<CaseView> {
    const view = await caseViewOf(this.pool, context.tenantId, caseId);
    const grant = view ? caseReadGrant(context.actor, view) : null;
    if (!view || grant?.decision !== 'granted') throw CaseViewErrors.notFound(caseId);
    await this.accessLog.read(context, {
      subject: 'case',
      caseId,
      clientId: view.clientId,
      view: 'GET /care-plan/cases/{caseId}',
      role: grant.role,
    });
    return view;
  }
}
