import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { readCaseEntriesPage } from '../chain/audit-entry';
import { auditError } from '../shared/audit-error';
import { toExportedEntry, type ExportedEntry } from './exported-entry';
import type { ExportFormat } from './stream-export';

export type ExportStatusName = 'ready' | 'running' | 'done' | 'interrupted';

/** A tenant-wide export as its requester sees it: what, up to which chain entry, and how far its last read went. */
export interface TenantExport {
  readonly id: string;
  readonly format: ExportFormat;
  /** `ready` until read; `running` while its content streams; `done` once written whole; `interrupted` if cut off. */
  readonly status: ExportStatusName;
  /** The last chain entry the export covers: reading it again writes the same file. */
  readonly upToSequence: number;
  readonly progress: {
    readonly casesDone: number;
    readonly casesTotal: number;
    readonly entriesDone: number;
    readonly entriesTotal: number;
  };
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

interface ExportRow extends Record<string, unknown> {
  readonly id: string;
  readonly format: ExportFormat;
  readonly status: ExportStatusName;
  readonly up_to_sequence: string;
  readonly cases_done: number;
  readonly total_cases: number;
  readonly entries_done: string;
  readonly total_entries: string;
  readonly requested_by: string;
  readonly created_at: Date;
  readonly started_at: Date | null;
  readonly finished_at: Date | null;
}

/** How long a read may go without writing a page before another read may take the export over. */
export const STALE_READ = '5 minutes';

const COLUMNS = `id::text, format, status, up_to_sequence::text, cases_done, total_cases, entries_done::text,
  total_entries::text, requested_by, created_at, started_at, finished_at`;

/**
 * Tenant-wide exports of every case's timeline (ADR 0037): created against the chain as it stands, then written from
 * it in keyset pages whenever read, with the progress of the read kept in `audit.exports`.
 */
@Injectable()
export class TenantExports {
  private readonly logger = new Logger('TenantExports');
  /** Entries read from the chain at a time: the most an export holds in memory. */
  pageSize = 500;

  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  /** Records an export up to the tenant's last chain entry now, with the number of cases and entries it covers. */
  async create(tenantId: string, id: string, format: ExportFormat, requestedBy: string): Promise<TenantExport> {
    const { rows } = await this.pool.query<ExportRow>(
      `WITH head AS (SELECT coalesce(max(sequence), 0) AS up_to FROM audit.entries WHERE tenant_id = $1),
            totals AS (
              SELECT count(DISTINCT case_id)::int AS cases, count(*) AS entries FROM audit.entries, head
               WHERE tenant_id = $1 AND case_id IS NOT NULL AND sequence <= head.up_to)
       INSERT INTO audit.exports (tenant_id, id, format, requested_by, up_to_sequence, total_cases, total_entries, created_at)
       SELECT $1, $2, $3, $4, head.up_to, totals.cases, totals.entries, now() FROM head, totals
       RETURNING ${COLUMNS}`,
      [tenantId, id, format, requestedBy],
    );
    return toTenantExport(rows[0] as ExportRow);
  }

  /** The export of this tenant with that id; another tenant's reads as not found. */
  async find(tenantId: string, id: string): Promise<TenantExport> {
    const { rows } = await this.pool.query<ExportRow>(
      `SELECT ${COLUMNS} FROM audit.exports WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    const row = rows[0];
    if (!row) throw auditError('AUDIT.EXPORT_NOT_FOUND', 'not_found', `No export ${id}`, { exportId: id });
    return toTenantExport(row);
  }

  /**
   * Starts a read of the export's content: progress back to zero, status `running`. One read at a time: while
   * another streams, 409; a read that has written no page for {@link STALE_READ} is taken to have died with its
   * process, and the export may be read again.
   */
  async start(tenantId: string, id: string): Promise<TenantExport> {
    const found = await this.find(tenantId, id);
    const { rows } = await this.pool.query<ExportRow>(
      `UPDATE audit.exports
          SET status = 'running', cases_done = 0, entries_done = 0, started_at = now(), progressed_at = now(),
              finished_at = NULL
        WHERE tenant_id = $1 AND id = $2 AND (status <> 'running' OR progressed_at < now() - $3::interval)
        RETURNING ${COLUMNS}`,
      [tenantId, id, STALE_READ],
    );
    const row = rows[0];
    if (!row) {
      throw auditError('AUDIT.EXPORT_RUNNING', 'conflict', `Export ${id} is being read; try again when it is done`, {
        exportId: id,
        status: found.status,
      });
    }
    return toTenantExport(row);
  }

  /**
   * The export's entries, case by case, read page by page as they are pulled (a page is read only once the last one
   * has been taken), its progress written after each page; `done` at the end, `interrupted` if the reader stops.
   */
  async *entries(tenantId: string, started: TenantExport): AsyncGenerator<ExportedEntry> {
    let after: { caseId: string; sequence: number } | null = null;
    let casesDone = 0;
    let entriesDone = 0;
    let finished = false;
    try {
      for (;;) {
        const page = await readCaseEntriesPage(this.pool, tenantId, started.upToSequence, after, this.pageSize);
        for (const entry of page) {
          const caseId = entry.caseId ?? '';
          if (after !== null && after.caseId !== caseId) casesDone += 1;
          after = { caseId, sequence: entry.sequence };
          entriesDone += 1;
          yield toExportedEntry(entry, caseId);
        }
        if (page.length < this.pageSize) break;
        await this.progress(tenantId, started.id, casesDone, entriesDone);
      }
      finished = true;
    } finally {
      // The case being written when the stream ended counts as done only if the export was written whole.
      await this.finish(
        tenantId,
        started.id,
        finished,
        finished && after !== null ? casesDone + 1 : casesDone,
        entriesDone,
      );
    }
  }

  /** Ends a read that was started but never streamed: the export is `interrupted`, free to be read again. */
  async release(tenantId: string, id: string): Promise<void> {
    await this.finish(tenantId, id, false, 0, 0);
  }

  private async progress(tenantId: string, id: string, casesDone: number, entriesDone: number): Promise<void> {
    await this.pool.query(
      `UPDATE audit.exports SET cases_done = $3, entries_done = $4, progressed_at = now()
          WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, casesDone, entriesDone],
    );
  }

  private async finish(
    tenantId: string,
    id: string,
    finished: boolean,
    casesDone: number,
    entriesDone: number,
  ): Promise<void> {
    try {
      await this.pool.query(
        `UPDATE audit.exports SET status = $3, cases_done = $4, entries_done = $5, finished_at = now()
          WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, finished ? 'done' : 'interrupted', casesDone, entriesDone],
      );
    } catch (error) {
      // The file has gone out (or been cut off) already; a failure to note it must not break the stream's end.
      this.logger.error({ msg: 'could not record the end of an export', exportId: id, error: String(error) });
    }
  }
}

function toTenantExport(row: ExportRow): TenantExport {
  return {
    id: row.id,
    format: row.format,
    status: row.status,
    upToSequence: Number(row.up_to_sequence),
    progress: {
      casesDone: row.cases_done,
      casesTotal: row.total_cases,
      entriesDone: Number(row.entries_done),
      entriesTotal: Number(row.total_entries),
    },
    requestedBy: row.requested_by,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
