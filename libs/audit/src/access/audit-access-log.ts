import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { namedId, recordRefusedRequests, type RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type SqlTransaction } from '@casemgmt/event-store';
import { appendToChain } from '../chain/audit-chain';
import type { ChainEvent } from '../chain/chain-hash';

/** The published types of the audit service's own records, in the chain beside the events it keeps. */
export const AUDIT_RECORD_ACCESSED = 'audit.RecordAccessed.v1';
export const AUDIT_RECORD_ACCESS_REFUSED = 'audit.RecordAccessRefused.v1';

const SERVICE = 'audit';

/** What a refused request asked for, by the route's parameter that names it. */
export type RefusedSubject = 'case' | 'client' | 'export' | 'tenant';

/**
 * Records the audit service's own reads of case data, and its refusals, straight into the reader's tenant chain
 * (ADR 0012): the audit service has no event store of its own to publish from, and the chain is where an auditor
 * looks. Each record is one chain entry, hashed like every other, committed before the answer leaves.
 */
@Injectable()
export class AuditAccessLog {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  /** A read that showed a case: it names the case, so the case's timeline shows who looked at it. */
  async viewed(context: RequestContext, caseId: string, view: string, role: string): Promise<void> {
    await this.append(
      context,
      AUDIT_RECORD_ACCESSED,
      `${context.tenantId}.${caseId}`,
      role,
      { subject: 'case', subjectId: caseId, view, role },
      caseId,
    );
  }

  /** A read that showed a client's records across cases (the accounting of disclosures): it names the client. */
  async viewedClient(context: RequestContext, clientId: string, view: string, role: string): Promise<void> {
    await this.append(
      context,
      AUDIT_RECORD_ACCESSED,
      `${context.tenantId}.${clientId}`,
      role,
      { subject: 'client', subjectId: clientId, view, role },
      undefined,
      clientId,
    );
  }

  /** A read of a tenant-wide export: it names the export, whose content is every case's timeline. */
  async viewedExport(context: RequestContext, exportId: string, view: string, role: string): Promise<void> {
    await this.append(context, AUDIT_RECORD_ACCESSED, `${context.tenantId}.exports`, role, {
      subject: 'export',
      subjectId: exportId,
      view,
      role,
    });
  }

  /**
   * A read across the tenant's cases (a compliance report): it names no case, only the view and what it was asked
   * for (period, clock, grouping and filters: ids and dates, nothing personal).
   */
  async viewedTenant(
    context: RequestContext,
    view: string,
    role: string,
    query: Readonly<Record<string, string>>,
  ): Promise<void> {
    await this.append(context, AUDIT_RECORD_ACCESSED, `${context.tenantId}.tenant`, role, {
      subject: 'tenant',
      subjectId: context.tenantId,
      view,
      role,
      query,
    });
  }

  /**
   * A refused request: what it asked for (a case, a client, an export, or the tenant's records as a whole) by id. It
   * does not name the case or client in its metadata: a case nothing was recorded about must keep answering 404, not
   * a timeline of the refusals of it.
   */
  async refused(
    context: RequestContext,
    refusal: {
      readonly subject: RefusedSubject;
      readonly subjectId: string | null;
      readonly view: string;
      readonly status: number;
      readonly error: string;
    },
  ): Promise<void> {
    await this.append(context, AUDIT_RECORD_ACCESS_REFUSED, `${context.tenantId}.refused`, 'none', {
      ...refusal,
      roles: [...context.actor.roles],
    });
  }

  private async append(
    context: RequestContext,
    type: string,
    streamKey: string,
    role: string,
    data: Readonly<Record<string, unknown>>,
    caseId?: string,
    clientId?: string,
  ): Promise<void> {
    const now = new Date();
    const streamId = `audit.access_log-${streamKey}`;
    const event = (streamVersion: number): ChainEvent => ({
      eventId: uuidv7(),
      type,
      service: SERVICE,
      streamId,
      streamVersion,
      occurredAt: now,
      recordedAt: now,
      data,
      metadata: {
        tenantId: context.tenantId,
        actor: {
          id: context.actor.id,
          role,
          ...(context.actor.onBehalfOf ? { onBehalfOf: context.actor.onBehalfOf } : {}),
        },
        correlationId: context.correlationId,
        ...(caseId ? { caseId } : {}),
        ...(clientId ? { clientId } : {}),
        ...(context.traceparent ? { traceparent: context.traceparent } : {}),
      },
    });
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx = transactionOf(client);
      // The tenant's chain lock (appendToChain takes it again, in the same transaction): the stream's next version
      // is read and used before any other record of the stream can be chained.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('audit.chain'), hashtext($1))", [context.tenantId]);
      const { rows } = await tx.query<{ version: number }>(
        'SELECT coalesce(max(stream_version), 0)::int AS version FROM audit.entries WHERE tenant_id = $1 AND stream_id = $2',
        [context.tenantId, streamId],
      );
      await appendToChain(tx, event((rows[0]?.version ?? 0) + 1));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function transactionOf(client: { query: Pool['query'] }): SqlTransaction {
  return {
    async query<Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) {
      const result = await client.query<Row>(text, values === undefined ? undefined : [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}

/**
 * Records refused requests on every audit route in the reader's tenant chain: a case's records, a client's
 * disclosures, an export, or the tenant's (reports, rule sets, the chain's verification).
 */
@Injectable()
export class AuditRefusedRequests implements OnModuleInit {
  private readonly logger = new Logger('AuditAccessRefusals');

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly accessLog: AuditAccessLog,
  ) {}

  onModuleInit(): void {
    recordRefusedRequests(this.host, '/audit/', this.logger, (context, refused) =>
      this.accessLog.refused(context, {
        ...refusedSubjectOf(refused.params),
        view: refused.view,
        status: refused.status,
        error: refused.error,
      }),
    );
  }
}

/** What a refused audit route asked for, by the parameter its path names; the tenant's records when none. */
export function refusedSubjectOf(params: Readonly<Record<string, unknown>>): {
  subject: RefusedSubject;
  subjectId: string | null;
} {
  if ('caseId' in params) return { subject: 'case', subjectId: namedId(params['caseId']) };
  if ('clientId' in params) return { subject: 'client', subjectId: namedId(params['clientId']) };
  if ('exportId' in params) return { subject: 'export', subjectId: namedId(params['exportId']) };
  return { subject: 'tenant', subjectId: null };
}
