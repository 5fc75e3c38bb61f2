import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { addDays, endOfDate, isCalendarDate } from '@casemgmt/kernel';
import { ReferralErrors } from '../../../referral/referral.errors';
import { InjectReferralSettings } from '../../../shared/referral-options';
import type { ReferralSettings } from '../../../shared/referral-settings';

/** Hours from one step of the loop to another, over the referrals that took it. */
export interface Durations {
  readonly count: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

/** The funnel of one receiving organisation in one program. */
export interface FunnelRow {
  readonly organizationId: string;
  readonly program: string;
  readonly sent: number;
  readonly accepted: number;
  readonly inService: number;
  readonly completed: number;
  readonly stillOpen: number;
  /** Where referrals were lost: each way, and the reason codes of rejections and failures. */
  readonly lost: {
    readonly rejected: number;
    readonly failed: number;
    readonly cancelled: number;
    readonly unanswered: number;
    readonly enteredInError: number;
    readonly reasons: Readonly<Record<string, number>>;
  };
  readonly timeTo: { readonly acceptance: Durations; readonly firstService: Durations; readonly completion: Durations };
}

export interface ReferralMetrics {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly asOf: string;
  readonly funnel: readonly FunnelRow[];
}

const MAX_DAYS = 5 * 366;

interface Row extends Record<string, unknown> {
  readonly organization_id: string;
  readonly program: string;
  readonly sent: number;
  readonly accepted: number;
  readonly in_service: number;
  readonly completed: number;
  readonly still_open: number;
  readonly rejected: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly unanswered: number;
  readonly entered_in_error: number;
  readonly reasons: Record<string, number> | null;
  readonly acceptance: [number, number | null, number | null];
  readonly first_service: [number, number | null, number | null];
  readonly completion: [number, number | null, number | null];
}

const durations = ([count, median, p90]: [number, number | null, number | null]): Durations => ({
  count,
  medianHours: median === null ? null : Math.round(median * 100) / 100,
  p90Hours: p90 === null ? null : Math.round(p90 * 100) / 100,
});

/**
 * The funnel from referral's read model, which its own events keep: per receiving organisation and program, how
 * many referrals sent in the range were accepted, served and completed, how long each step took (median and 90th
 * percentile, in hours), and where the rest were lost: rejected or failed (by reason code), cancelled, entered in
 * error, or unanswered (still awaiting an answer past its due time). Nothing about any client.
 */
@Injectable()
export class GetReferralMetricsQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralSettings() private readonly settings: ReferralSettings,
  ) {}

  async execute(
    context: RequestContext,
    filter: { readonly from: string; readonly to: string; readonly organizationId?: string; readonly program?: string },
    now: Date = new Date(),
  ): Promise<ReferralMetrics> {
    const { from, to } = filter;
    if (!isCalendarDate(from)) throw ReferralErrors.invalid('from', 'must be a date, YYYY-MM-DD');
    if (!isCalendarDate(to)) throw ReferralErrors.invalid('to', 'must be a date, YYYY-MM-DD');
    if (from > to) throw ReferralErrors.invalid('from', 'must not be after to');
    if (addDays(from, MAX_DAYS) < to) throw ReferralErrors.invalid('to', 'the range may span at most five years');
    const { timeZone } = this.settings;
    const start = endOfDate(addDays(from, -1), timeZone);
    const end = endOfDate(to, timeZone);
    const { rows } = await this.pool.query<Row>(
      `WITH sent AS (
         SELECT * FROM referral.referrals
          WHERE tenant_id = $1 AND requested_at > $2 AND requested_at <= $3
            AND ($4::text IS NULL OR organization_id = $4) AND ($5::text IS NULL OR program = $5)
       ), hours AS (
         -- One entered in error should never have existed: it counts as sent and as that loss, nothing more.
         SELECT organization_id, program, status, reason,
                extract(epoch FROM accepted_at - requested_at) / 3600 * valid AS to_acceptance,
                extract(epoch FROM first_service_at - requested_at) / 3600 * valid AS to_first_service,
                extract(epoch FROM completed_at - requested_at) / 3600 * valid AS to_completion,
                status = 'requested' AND answer_due_at < $6 AS unanswered
           FROM sent, LATERAL (SELECT CASE WHEN status = 'entered-in-error' THEN NULL ELSE 1 END AS valid) v
       )
       SELECT organization_id, program,
              count(*)::int AS sent,
              count(to_acceptance)::int AS accepted,
              count(to_first_service)::int AS in_service,
              count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(*) FILTER (WHERE status IN ('requested', 'accepted', 'in-progress', 'on-hold') AND NOT unanswered)::int
                AS still_open,
              count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE unanswered)::int AS unanswered,
              count(*) FILTER (WHERE status = 'entered-in-error')::int AS entered_in_error,
              (SELECT jsonb_object_agg(reason, n) FROM (
                 SELECT h2.reason, count(*)::int AS n FROM hours h2
                  WHERE h2.organization_id = hours.organization_id AND h2.program = hours.program
                    AND h2.reason IS NOT NULL AND h2.status IN ('rejected', 'failed')
                  GROUP BY h2.reason) r) AS reasons,
              jsonb_build_array(count(to_acceptance),
                percentile_cont(0.5) WITHIN GROUP (ORDER BY to_acceptance),
                percentile_cont(0.9) WITHIN GROUP (ORDER BY to_acceptance)) AS acceptance,
              jsonb_build_array(count(to_first_service),
                percentile_cont(0.5) WITHIN GROUP (ORDER BY to_first_service),
                percentile_cont(0.9) WITHIN GROUP (ORDER BY to_first_service)) AS first_service,
              jsonb_build_array(count(to_completion),
                percentile_cont(0.5) WITHIN GROUP (ORDER BY to_completion),
                percentile_cont(0.9) WITHIN GROUP (ORDER BY to_completion)) AS completion
         FROM hours
        GROUP BY organization_id, program
        ORDER BY organization_id, program`,
      [context.tenantId, start, end, filter.organizationId ?? null, filter.program ?? null, now],
    );
    return {
      from,
      to,
      timeZone,
      asOf: now.toISOString(),
      funnel: rows.map((row) => ({
        organizationId: row.organization_id,
        program: row.program,
        sent: row.sent,
        accepted: row.accepted,
        inService: row.in_service,
        completed: row.completed,
        stillOpen: row.still_open,
        lost: {
          rejected: row.rejected,
          failed: row.failed,
          cancelled: row.cancelled,
          unanswered: row.unanswered,
          enteredInError: row.entered_in_error,
          reasons: row.reasons ?? {},
        },
        timeTo: {
          acceptance: durations(row.acceptance),
          firstService: durations(row.first_service),
          completion: durations(row.completion),
        },
      })),
    };
  }
}
