import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { intakeStreamId } from '@casemgmt/intake/published';
import { readCaseEntries, type AuditEntry } from '../../chain/audit-entry';
import { auditError } from '../../shared/audit-error';

// Reads of a record are views and refused requests refusals, not changes to the case: every service records them
// under the one type name (intake.RecordAccessed.v1, care-plan.RecordAccessed.v1, audit.RecordAccessRefused.v1...).
const VIEW_TYPE = /\.RecordAccessed\.v\d+$/;
const REFUSAL_TYPE = /\.RecordAccessRefused\.v\d+$/;

export interface TimelineEntry {
  readonly sequence: number;
  readonly eventId: string;
  /** What: the published type. */
  readonly type: string;
  readonly kind: 'change' | 'view' | 'refusal';
  /** Who: the acting user, their role, and whom they acted for. */
  readonly actor: { readonly id: string; readonly role: string; readonly onBehalfOf?: string };
  /** When it happened in the world (may be back-dated) and when it was recorded. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly streamId: string;
  readonly streamVersion: number;
  /** For a view or a refusal: the route or query that showed, or refused, the record. */
  readonly view?: string;
  /** For a correction: why it was made. */
  readonly reason?: string;
}

export interface CaseTimeline {
  readonly caseId: string;
  readonly entries: readonly TimelineEntry[];
}

/** Everything the audit trail holds about a case, views beside changes, in the order it was recorded. */
@Injectable()
export class GetCaseTimelineQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async execute(tenantId: string, caseId: string): Promise<CaseTimeline> {
    const entries = await readCaseEntries(this.pool, tenantId, caseId, intakeStreamId('case', caseId));
    if (entries.length === 0) {
      throw auditError('AUDIT.CASE_NOT_FOUND', 'not_found', `Nothing was recorded about case ${caseId}`, { caseId });
    }
    return { caseId, entries: entries.map(toTimelineEntry) };
  }
}

/** One chain entry as the timeline shows it: a change, a view or a refusal, who, and both times. */
export function toTimelineEntry(entry: AuditEntry): TimelineEntry {
  const kind = VIEW_TYPE.test(entry.publishedType)
    ? 'view'
    : REFUSAL_TYPE.test(entry.publishedType)
      ? 'refusal'
      : 'change';
  const view = kind === 'change' ? undefined : viewOf(entry.event);
  const reason = reasonOf(entry.event);
  return {
    sequence: entry.sequence,
    eventId: entry.eventId,
    type: entry.publishedType,
    kind,
    actor: actorOf(entry.actor),
    occurredAt: entry.occurredAt.toISOString(),
    recordedAt: entry.recordedAt.toISOString(),
    streamId: entry.streamId,
    streamVersion: entry.streamVersion,
    ...(view ? { view } : {}),
    ...(reason ? { reason } : {}),
  };
}

function actorOf(value: unknown): TimelineEntry['actor'] {
  const actor = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (field: string) => (typeof actor[field] === 'string' ? actor[field] : undefined);
  const onBehalfOf = text('onBehalfOf');
  return { id: text('id') ?? 'unknown', role: text('role') ?? 'unknown', ...(onBehalfOf ? { onBehalfOf } : {}) };
}

function viewOf(event: unknown): string | undefined {
  const data = (event as { data?: { view?: unknown } } | null)?.data;
  return typeof data?.view === 'string' ? data.view : undefined;
}

function reasonOf(event: unknown): string | undefined {
  const metadata = (event as { metadata?: { reason?: unknown } } | null)?.metadata;
  return typeof metadata?.reason === 'string' ? metadata.reason : undefined;
}
