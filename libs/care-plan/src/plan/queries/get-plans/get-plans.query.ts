import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { CarePlanAccessLog } from '../../../shared/care-plan-access-log';
import { InjectCarePlanEventStore } from '../../../shared/care-plan-options';
import { readCaseAggregate } from '../../../shared/case-read';
import { planDecider, type GoalMeasure, type GoalRecord, type PlanRecord } from '../../plan.decider';

/** The case's latest total of an instrument, and whether it meets the goal's measure. */
export interface MeasureProgress {
  readonly screeningId: string;
  readonly totalScore: number;
  readonly screenedAt: string;
  readonly met: boolean;
}

export interface GoalView extends GoalRecord {
  /** Null without a measure, without a screening of its instrument, or for plans read as of a past instant. */
  readonly measureProgress: MeasureProgress | null;
}

export interface PlanView extends Omit<PlanRecord, 'goals'> {
  readonly goals: readonly GoalView[];
}

export interface CasePlans {
  readonly caseId: string;
  /** The instant the plans are shown as of: now, or the `asOf` asked for. */
  readonly asOf: string;
  /** Version of the case's plans stream as of then: send it as expectedVersion with the next change. */
  readonly streamVersion: number;
  readonly plans: readonly PlanView[];
}

type LatestScores = Readonly<Record<string, { screeningId: string; totalScore: number; screenedAt: string }>>;

const COMPARE: Readonly<Record<GoalMeasure['comparator'], (total: number, target: number) => boolean>> = {
  '<': (total, target) => total < target,
  '<=': (total, target) => total <= target,
  '>': (total, target) => total > target,
  '>=': (total, target) => total >= target,
};

/**
 * `GET /care-plan/cases/{caseId}/plans`: the case's plans as they stand, or as recorded by `asOf` (which version
 * was approved then). Access is checked against the case as it stands now; every answer is in the access log.
 */
@Injectable()
export class GetPlansQuery {
  constructor(
    @InjectCarePlanEventStore() readonly store: EventStore,
    @InjectDatabasePool() readonly pool: Pool,
    readonly accessLog: CarePlanAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string, view: string, asOf?: Date): Promise<CasePlans> {
    const loaded = await readCaseAggregate(this, context, {
      aggregate: 'plan',
      decider: planDecider,
      caseId,
      subject: 'plan',
      view,
      ...(asOf ? { asOf } : {}),
    });
    const scores = asOf ? {} : await this.latestScores(context.tenantId, caseId);
    return {
      caseId,
      asOf: (asOf ?? new Date()).toISOString(),
      streamVersion: loaded.version,
      plans: loaded.state.plans.map((plan) => ({
        ...plan,
        goals: plan.goals.map((goal) => ({ ...goal, measureProgress: progressOf(goal.measure, scores) })),
      })),
    };
  }

  private async latestScores(tenantId: string, caseId: string): Promise<LatestScores> {
    const { rows } = await this.pool.query<{ latest_scores: LatestScores }>(
      'SELECT latest_scores FROM care_plan.cases WHERE tenant_id = $1 AND case_id = $2',
      [tenantId, caseId],
    );
    return rows[0]?.latest_scores ?? {};
  }
}

function progressOf(measure: GoalMeasure | null, scores: LatestScores): MeasureProgress | null {
  const latest = measure ? scores[measure.instrument] : undefined;
  if (!measure || !latest) return null;
  return { ...latest, met: COMPARE[measure.comparator](latest.totalScore, measure.value) };
}
