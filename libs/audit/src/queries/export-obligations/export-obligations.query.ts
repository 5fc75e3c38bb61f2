import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from '../../compliance-read-model/compliance-options';
import { evaluateTenant } from '../../compliance-read-model/evaluate-tenant';
import { obligationRowOf, rowAsOf, type ObligationRow } from '../../compliance-read-model/obligation-row';
import { ruleSetsOfTenant } from '../../compliance-rules/stored-rule-sets';
import {
  complianceScopeOf,
  OBLIGATION_ROW_COLUMNS,
  type ComplianceScope,
} from '../compliance-report/compliance-report.query';
import type { ComplianceReader } from '../compliance-report/compliance-reader';
import { DUE_WITHIN_PERIOD_SQL, isReported, type ReportFilter } from '../compliance-report/report-tally';
import type { ExportObligationsRequestDto } from './export-obligations.request.dto';

// Rows read per fetch of the read model's cursor.
const FETCH = 2_000;

/** What an export of obligations streams: its scope, the instant it judges at, and the rows, pulled as written. */
export interface ObligationsExport {
  readonly scope: ComplianceScope;
  readonly evaluatedAt: Date;
  readonly rows: AsyncIterable<ObligationRow>;
}

/**
 * Every obligation of the tenant's cases due within a period, one row each, streamed: on the occurred clock from the
 * read model through a cursor (a pending one past due is violated by now), on the known clock evaluated case by case
 * as recorded by its date. Memory holds a fetch of rows or one case, whatever the tenant's size.
 */
@Injectable()
export class ExportObligationsQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(COMPLIANCE_OPTIONS) private readonly options: ComplianceOptions,
  ) {}

  /** Checks the request (a 400 before anything is streamed) and answers the rows to stream. */
  open(
    tenantId: string,
    request: ExportObligationsRequestDto,
    reader: ComplianceReader,
    now: Date = new Date(),
  ): ObligationsExport {
    const scope = complianceScopeOf(request, this.options.timeZone, now, reader);
    const { clock, filter } = scope;
    if (clock.kind === 'occurred') return { scope, evaluatedAt: now, rows: this.storedRows(tenantId, filter, now) };
    return { scope, evaluatedAt: clock.on, rows: this.evaluatedRows(tenantId, filter, clock.on) };
  }

  private async *storedRows(tenantId: string, filter: ReportFilter, now: Date): AsyncGenerator<ObligationRow> {
    const client: PoolClient = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(
        `DECLARE obligations CURSOR FOR SELECT ${OBLIGATION_ROW_COLUMNS} FROM audit.compliance_obligations
          WHERE tenant_id = $1 AND ${DUE_WITHIN_PERIOD_SQL}
            AND ($4::text IS NULL OR program_id = $4) AND ($5::text IS NULL OR worker_id = $5)
            AND ($6::text IS NULL OR case_id = $6) AND ($7::text IS NULL OR team_id = $7)
          ORDER BY case_id, arose_at, rule_id, concerns NULLS FIRST, arisen_from NULLS FIRST`,
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
        const { rows } = await client.query<ObligationRow & Record<string, unknown>>(`FETCH ${FETCH} FROM obligations`);
        for (const row of rows) yield rowAsOf(row, now);
        if (rows.length < FETCH) break;
      }
    } finally {
      // Also when the reader went away part way: the transaction ends and the connection goes back.
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      client.release(broken);
    }
  }

  private async *evaluatedRows(tenantId: string, filter: ReportFilter, knownOn: Date): AsyncGenerator<ObligationRow> {
    const ruleSets = await ruleSetsOfTenant(this.pool, tenantId, knownOn);
    const clock = { kind: 'known', on: knownOn } as const;
    for await (const evaluated of evaluateTenant(this.pool, {
      tenantId,
      clock,
      at: knownOn,
      timeZone: this.options.timeZone,
      ruleSets,
    })) {
      for (const obligation of evaluated.obligations) {
        const row = obligationRowOf(evaluated.caseId, evaluated, obligation, ruleSets);
        if (isReported(row, filter)) yield row;
      }
    }
  }
}
