import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from '../../compliance-read-model/compliance-options';
import { evaluateStoredCase } from '../../compliance-read-model/evaluate-tenant';
import { obligationRowOf, rowAsOf, type ObligationRow } from '../../compliance-read-model/obligation-row';
import { ruleSetsOfTenant } from '../../compliance-rules/stored-rule-sets';
import { csvOf } from '../../shared/csv';
import { auditError } from '../../shared/audit-error';
import { clockOf, type ComplianceClockKind } from '../compliance-report/compliance-clock';
import { storedObligationsOf } from '../compliance-report/compliance-report.query';
import type { ComplianceReader } from '../compliance-report/compliance-reader';
import type { CaseComplianceRequestDto } from './case-compliance.request.dto';

export interface CaseCompliance {
  readonly caseId: string;
  readonly clock: ComplianceClockKind;
  readonly knownOn: string | null;
  readonly evaluatedAt: string;
  readonly programId: string | null;
  readonly teamId: string | null;
  readonly workerId: string | null;
  /** The fines of its violations and late meetings, in cents (USD). */
  readonly fineCents: number;
  /** In the order they arose. */
  readonly obligations: readonly ObligationRow[];
}

/**
 * One case's obligations and how each stands: on the occurred clock from the read model (a pending obligation past
 * due is violated by now), on the known clock evaluated from what had been recorded by its date.
 */
@Injectable()
export class CaseComplianceQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(COMPLIANCE_OPTIONS) private readonly options: ComplianceOptions,
  ) {}

  async execute(
    tenantId: string,
    caseId: string,
    request: CaseComplianceRequestDto,
    reader: ComplianceReader,
    now: Date = new Date(),
  ): Promise<CaseCompliance> {
    const clock = clockOf(request.clock, request.knownOn, this.options.timeZone, now);
    // A supervisor reads the cases their team holds now, on either clock; any other case reads as not found.
    if (reader.teamId !== undefined && (await this.teamNow(tenantId, caseId)) !== reader.teamId) throw notFound(caseId);
    if (clock.kind === 'occurred') {
      if (!(await this.isKnown(tenantId, caseId))) throw notFound(caseId);
      const obligations = (await storedObligationsOf(this.pool, tenantId, caseId)).map((row) => rowAsOf(row, now));
      const first = obligations[0];
      return {
        caseId,
        clock: 'occurred',
        knownOn: null,
        evaluatedAt: now.toISOString(),
        programId: first?.programId ?? null,
        teamId: first?.teamId ?? null,
        workerId: first?.workerId ?? null,
        fineCents: obligations.reduce((sum, row) => sum + row.fineCents, 0),
        obligations,
      };
    }
    const ruleSets = await ruleSetsOfTenant(this.pool, tenantId, clock.on);
    const evaluated = await evaluateStoredCase(this.pool, caseId, {
      tenantId,
      clock,
      at: clock.on,
      timeZone: this.options.timeZone,
      ruleSets,
    });
    if (!evaluated) throw notFound(caseId);
    return {
      caseId,
      clock: 'known',
      knownOn: clock.on.toISOString(),
      evaluatedAt: clock.on.toISOString(),
      programId: evaluated.programId,
      teamId: evaluated.teamId,
      workerId: evaluated.workerId,
      fineCents: evaluated.fineCents,
      obligations: evaluated.obligations.map((obligation) => obligationRowOf(caseId, evaluated, obligation, ruleSets)),
    };
  }

  // The team holding the case, as the read model last evaluated it.
  private async teamNow(tenantId: string, caseId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ team_id: string | null }>(
      'SELECT team_id FROM audit.compliance_obligations WHERE tenant_id = $1 AND case_id = $2 LIMIT 1',
      [tenantId, caseId],
    );
    return rows[0]?.team_id ?? null;
  }

  private async isKnown(tenantId: string, caseId: string): Promise<boolean> {
    const { rows } = await this.pool.query(
      `SELECT 1 FROM audit.entries WHERE tenant_id = $1 AND case_id = $2 AND service <> 'audit' LIMIT 1`,
      [tenantId, caseId],
    );
    return rows.length > 0;
  }
}

function notFound(caseId: string) {
  return auditError('AUDIT.CASE_NOT_FOUND', 'not_found', `Nothing was recorded about case ${caseId}`, { caseId });
}

/** A case's obligations as CSV, one a line. */
export function caseComplianceCsv(compliance: CaseCompliance): string {
  return csvOf<ObligationRow>(
    [
      ['rule_id', (row) => row.ruleId],
      ['kind', (row) => row.kind],
      ['concerns', (row) => row.concerns],
      ['arose_at', (row) => row.aroseAt],
      ['due_at', (row) => row.dueAt],
      ['status', (row) => row.status],
      ['met_at', (row) => row.metAt],
      ['late_by_ms', (row) => row.lateByMs],
      ['overdue_by_ms', (row) => row.overdueByMs],
      ['fine_cents', (row) => row.fineCents],
      ['rule_set_id', (row) => row.ruleSetId],
      ['rule_set_version', (row) => row.ruleSetVersion],
    ],
    compliance.obligations,
  );
}
