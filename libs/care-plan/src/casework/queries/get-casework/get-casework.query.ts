import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { InjectCarePlanEventStore } from '../../../shared/care-plan-options';
import { readCaseAggregate } from '../../../shared/case-read';
import { caseworkDecider, type CaseworkState } from '../../casework.decider';

export interface CaseCasework extends Omit<CaseworkState, 'caseId'> {
  readonly caseId: string;
  /** The instant the casework is shown as of: now, or the `asOf` asked for. */
  readonly asOf: string;
  /** Version of the case's casework stream as of then: send it as expectedVersion with the next change. */
  readonly streamVersion: number;
}

/**
 * `GET /care-plan/cases/{caseId}/casework`: the case's contacts, appointments and medication checks as they stand,
 * or as recorded by `asOf`, for those who may read the case now; every answer is in the access log.
 */
@Injectable()
export class GetCaseworkQuery {
  constructor(
    @InjectCarePlanEventStore() readonly store: EventStore,
    @InjectDatabasePool() readonly pool: Pool,
    readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string, view: string, asOf?: Date): Promise<CaseCasework> {
    const loaded = await readCaseAggregate(this, context, {
      aggregate: 'casework',
      decider: caseworkDecider,
      caseId,
      subject: 'casework',
      view,
      ...(asOf ? { asOf } : {}),
    });
    return {
      ...loaded.state,
      caseId,
      asOf: (asOf ?? new Date()).toISOString(),
      streamVersion: loaded.version,
    };
  }
}
