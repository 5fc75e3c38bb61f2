import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { intakeStreamId } from '@casemgmt/intake/published';
import { readCaseEntries } from '../../chain/audit-entry';
import { auditError } from '../../shared/audit-error';
import { toExportedEntry, type ExportedEntry } from '../exported-entry';

/** A case's timeline for export: every entry about it in chain order, each with its chain hash. */
@Injectable()
export class ExportCaseTimelineQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async execute(tenantId: string, caseId: string): Promise<readonly ExportedEntry[]> {
    const entries = await readCaseEntries(this.pool, tenantId, caseId, intakeStreamId('case', caseId));
    if (entries.length === 0) {
      throw auditError('AUDIT.CASE_NOT_FOUND', 'not_found', `Nothing was recorded about case ${caseId}`, { caseId });
    }
    return entries.map((entry) => toExportedEntry(entry, caseId));
  }
}
