import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import type { EventMetadata, EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from './intake-options';
import type { AccessRefusal, RecordAccess, RecordAccessed, RecordAccessRefused } from './access-log.contract';
import { accessLogStreamId } from './intake-streams';

// A refusal naming no id (a search, or an id that is not one) goes to one stream of the tenant's.
const UNNAMED_SUBJECT = 'unnamed';

/**
 * Records every read of client or case data, and every refused request for it, as events of
 * `intake.access_log-<tenant>.<client id>` (the record's own id where no client is known), so the audit trail shows
 * views and refusals beside edits. Appends with expected version `any`: reads never conflict with each other.
 */
@Injectable()
export class AccessLog {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async record(context: RequestContext, access: RecordAccess): Promise<void> {
    const { subject, subjectId, view, role } = access;
    await this.store.appendToStream<RecordAccessed>(
      accessLogStreamId(context.tenantId, access.clientId ?? subjectId),
      [
        {
          type: 'RecordAccessed',
          data: { subject, subjectId, view, role },
          metadata: metadataOf(context, role, access.caseId, access.clientId),
        },
      ],
      { expectedVersion: 'any' },
    );
  }

  /** A refused request of a verified caller; the role is `none`, since none allowed it, and `roles` says what was held. */
  async refused(context: RequestContext, refusal: AccessRefusal): Promise<void> {
    const { subject, subjectId } = refusal;
    await this.store.appendToStream<RecordAccessRefused>(
      accessLogStreamId(context.tenantId, subjectId ?? UNNAMED_SUBJECT),
      [
        {
          type: 'RecordAccessRefused',
          data: { ...refusal, roles: [...context.actor.roles] },
          metadata: metadataOf(
            context,
            'none',
            subject === 'case' ? (subjectId ?? undefined) : undefined,
            subject === 'client' ? (subjectId ?? undefined) : undefined,
          ),
        },
      ],
      { expectedVersion: 'any' },
    );
  }
}

function metadataOf(context: RequestContext, role: string, caseId?: string, clientId?: string): EventMetadata {
  return {
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
  };
}
