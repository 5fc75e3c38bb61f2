import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { InjectCarePlanEventStore } from '../../../shared/care-plan-options';
import { readCaseAggregate } from '../../../shared/case-read';
import { PlanErrors } from '../../plan.errors';
import type { PlanView } from '../get-plans/get-plans.query';
import { planAtVersionDecider } from './plan-version';

export const PLAN_VERSION_VIEW = 'GET /care-plan/cases/{caseId}/plans/{planId}/versions/{version}';

/**
 * `GET /care-plan/cases/{caseId}/plans/{planId}/versions/{version}`: what one version of a plan said, e.g. the last
 * approved one beside the one now submitted. Access is checked against the case as it stands now, and the read is in
 * the access log; a version the plan never had answers `CARE_PLAN.PLAN_NOT_FOUND`.
 */
@Injectable()
export class GetPlanVersionQuery {
  constructor(
    @InjectCarePlanEventStore() readonly store: EventStore,
    @InjectDatabasePool() readonly pool: Pool,
    readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string, planId: string, version: number): Promise<PlanView> {
    const loaded = await readCaseAggregate(this, context, {
      aggregate: 'plan',
      decider: planAtVersionDecider(planId, version),
      caseId,
      subject: 'plan',
      view: PLAN_VERSION_VIEW,
    });
    const plan = loaded.state.atVersion;
    if (!plan) throw PlanErrors.planNotFound(planId);
    // A measure's progress is today's reading, which says nothing about a past version.
    return { ...plan, goals: plan.goals.map((goal) => ({ ...goal, measureProgress: null })) };
  }
}
