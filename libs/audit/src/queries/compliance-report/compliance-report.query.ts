import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { endOfDate, isCalendarDate } from '@casemgmt/kernel';
import { AgencyCalendar } from '../../compliance/compliance-calendar';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from '../../compliance-read-model/compliance-options';
import type { ComplianceClock } from '../../compliance/evaluate-case';
import { evaluateStoredCase, evaluateTenant } from '../../compliance-read-model/evaluate-tenant';
import { obligationRowOf, rowAsOf, type ObligationRow } from '../../compliance-read-model/obligation-row';
import { ruleSetsOfTenant, type Queryable } from '../../compliance-rules/stored-rule-sets';
import { csvOf } from '../../shared/csv';
import { clockOf, invalid, type ComplianceClockKind } from './compliance-clock';
import type { ComplianceReader } from './compliance-reader';
import type { ComplianceReportRequestDto } from './compliance-report.request.dto';
import {
  DUE_WITHIN_PERIOD_SQL,
  isReported,
  ReportTally,
  type ReportFilter,
  type ReportGroup,
  type ReportGrouping,
} from './report-tally';

export interface ComplianceReport {
  readonly clock: ComplianceClockKind;
  /** For the known clock: the instant the record is read as of, and the evaluation instant. */
  readonly knownOn: string | null;
  /** The period of due dates, in the agency's calendar. */
  readonly from: string;
  readonly to: string;
  readonly groupBy: ReportGrouping;
  /** The instant the obligations are judged at. */
  readonly evaluatedAt: string;
  readonly groups: readonly ReportGroup[];
  readonly totals: Omit<ReportGroup, 'key'>;
}

// Rows read per fetch of the read model's cursor.
const FETCH = 2_000;

/** The read model's columns as {@link ObligationRow}. */
export const OBLIGATION_ROW_COLUMNS = `case_id AS "caseId", program_id AS "programId", team_id AS "teamId",
  worker_id AS "workerId",
  rule_id AS "ruleId", kind, concerns, arisen_from AS "arisenFrom",
  to_char(arose_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "aroseAt",
  to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt", status,
  to_char(met_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "metAt", met_by AS "metBy",
  late_by_ms::float8 AS "lateByMs", overdue_by_ms::float8 AS "overdueByMs", ended_by AS "endedBy",
  fine_cents::float8 AS "fineCents", fine_at_risk_cents::float8 AS "fineAtRiskCents", rule_set_id AS "ruleSetId",
  rule_set_version AS "ruleSetVersion"`;

/**
 * Violations (violated and met late), their fines, and met, pending and cancelled obligations, grouped, for the
 * obligations due within a period. The occurred clock reads the read model (a pending obligation past due is
 * violated by now); the known clock evaluates the tenant's cases on demand as recorded by its date.
 */
@Injectable()
export class ComplianceReportQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(COMPLIANCE_OPTIONS) private readonly options: ComplianceOptions,
  ) {}

  async execute(
    tenantId: string,
    request: ComplianceReportRequestDto,
    reader: ComplianceReader,
    now: Date = new Date(),
  ): Promise<ComplianceReport> {
    const { timeZone } = this.options;
    const { clock, filter } = complianceScopeOf(request, timeZone, now, reader);
    const groupBy = request.groupBy ?? 'tenant';
    const tally = new ReportTally(groupBy, tenantId, timeZone);
    const at = clock.kind === 'known' ? clock.on : now;
    if (clock.kind === 'occurred') {
      await this.readModelRows(tenantId, filter, (row) => tally.add(rowAsOf(row, now)));
    } else {
      const ruleSets = await ruleSetsOfTenant(this.pool, tenantId, clock.on);
      const evaluation = { tenantId, clock, at, timeZone, ruleSets };
      const cases =
        filter.caseId !== undefined
          ? [await evaluateStoredCase(this.pool, filter.caseId, evaluation)]
          : evaluateTenant(this.pool, evaluation);
      for await (const evaluated of cases) {
        if (!evaluated) continue;
        for (const obligation of evaluated.obligations) {
          const row = obligationRowOf(evaluated.caseId, evaluated, obligation, ruleSets);
          if (isReported(row, filter)) tally.add(row);
        }
      }
    }
    return {
      clock: clock.kind,
      knownOn: clock.kind === 'known' ? clock.on.toISOString() : null,
      from: request.from,
      to: request.to,
      groupBy,
      evaluatedAt: at.toISOString(),
      ...tally.result(),
    };
  }

  // The read model's rows in the filter through a cursor, a fetch at a time, in one read-only transaction.
  private async readModelRows(tenantId: string, filter: ReportFilter, each: (row: ObligationRow) => void) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(
        `DECLARE report CURSOR FOR SELECT ${OBLIGATION_ROW_COLUMNS} FROM audit.compliance_obligations
          WHERE tenant_id = $1 AND ${DUE_WITHIN_PERIOD_SQL}
            AND ($4::text IS NULL OR program_id = $4) AND ($5::text IS NULL OR worker_id = $5)
            AND ($6::text IS NULL OR case_id = $6) AND ($7::text IS NULL OR team_id = $7)`,
        [
          tenantId,
          filter.dueFrom,
          filter.dueTo,
          filter.programId ?? null,
          filter.workerId ?? null,
          filter.caseId ?? null,
          filter.teamId ?? null,
        ],
      );
      for (;;) {
        const { rows } = await client.query<ObligationRow & Record<string, unknown>>(`FETCH ${FETCH} FROM report`);
        rows.forEach(each);
        if (rows.length < FETCH) break;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** What a report or an export of obligations asks, as the clock it judges on and the obligations it takes in. */
export interface ComplianceScope {
  readonly clock: ComplianceClock;
  readonly filter: ReportFilter;
}

/**
 * The clock and the filter of a request, within the reader's scope (a supervisor's team); a period or clock that
 * cannot be read is a 400 naming its field.
 */
export function complianceScopeOf(
  request: Pick<
    ComplianceReportRequestDto,
    'from' | 'to' | 'clock' | 'knownOn' | 'program' | 'team' | 'worker' | 'caseId'
  >,
  timeZone: string,
  now: Date,
  reader: ComplianceReader,
): ComplianceScope {
  const teamId = reader.teamId ?? request.team;
  if (!isCalendarDate(request.from)) throw invalid('from', 'must be a calendar date written YYYY-MM-DD');
  if (!isCalendarDate(request.to)) throw invalid('to', 'must be a calendar date written YYYY-MM-DD');
  if (request.from > request.to) throw invalid('from', 'must not be after to');
  return {
    clock: clockOf(request.clock, request.knownOn, timeZone, now),
    filter: {
      dueFrom: AgencyCalendar.of(timeZone).startOfDate(request.from),
      dueTo: endOfDate(request.to, timeZone),
      ...(request.program !== undefined ? { programId: request.program } : {}),
      ...(teamId !== undefined ? { teamId } : {}),
      ...(request.worker !== undefined ? { workerId: request.worker } : {}),
      ...(request.caseId !== undefined ? { caseId: request.caseId } : {}),
    },
  };
}

/** The report as CSV: one line per group, then the totals. */
export function complianceReportCsv(report: ComplianceReport): string {
  return csvOf<ReportGroup>(
    [
      [report.groupBy, (group) => group.key ?? ''],
      ['obligations', (group) => group.obligations],
      ['violations', (group) => group.violations],
      ['violated', (group) => group.violated],
      ['met_late', (group) => group.metLate],
      ['fine_cents', (group) => group.fineCents],
      ['met', (group) => group.met],
      ['pending', (group) => group.pending],
      ['cancelled', (group) => group.cancelled],
    ],
    [...report.groups, { key: 'total', ...report.totals }],
  );
}

/** A case's stored obligations in the order they arose. */
export async function storedObligationsOf(db: Queryable, tenantId: string, caseId: string): Promise<ObligationRow[]> {
  const { rows } = await db.query<ObligationRow & Record<string, unknown>>(
    `SELECT ${OBLIGATION_ROW_COLUMNS} FROM audit.compliance_obligations WHERE tenant_id = $1 AND case_id = $2
      ORDER BY arose_at, rule_id, concerns NULLS FIRST, arisen_from NULLS FIRST`,
    [tenantId, caseId],
  );
  return rows;
}
