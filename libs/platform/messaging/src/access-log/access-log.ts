import type { RequestContext } from '@casemgmt/auth';
import type { EventMetadata, EventStore } from '@casemgmt/event-store';
import type { AccessRefusal, RecordAccess, RecordAccessed, RecordAccessRefused } from './access-log.contract';

// A refusal naming no id (a search, or an id that is not one) goes to one stream of the tenant's.
const UNNAMED_SUBJECT = 'unnamed';

/**
 * Records every read of a service's client or case data, and every refused request for it, as events of the
 * service's own access log stream (named by `streamIdOf(tenant, key)`, the key being the client's id where known,
 * else the record's), so the audit trail shows views and refusals beside edits (ADR 0012). Appends with expected
 * version `any`: reads never conflict with each other.
 */
export class AccessLogWriter<Subject extends string = string> {
  constructor(
    private readonly store: EventStore,
    private readonly streamIdOf: (tenantId: string, key: string) => string,
  ) {}

  async record(context: RequestContext, access: RecordAccess<Subject>): Promise<void> {
    const { subject, subjectId, view, role } = access;
    await this.store.appendToStream<RecordAccessed<Subject>>(
      this.streamIdOf(context.tenantId, access.streamKey ?? access.clientId ?? subjectId),
      [
        {
          type: 'RecordAccessed',
          data: { subject, subjectId, view, role },
          metadata: accessMetadataOf(context, role, access.caseId, access.clientId),
        },
      ],
      { expectedVersion: 'any' },
    );
  }

  /**
   * A refused request of a verified caller; the role is `none`, since none allowed it, and `roles` says what was
   * held. `named` says which of the case or the client the named id is, for the event's metadata.
   */
  async refused(
    context: RequestContext,
    refusal: AccessRefusal<Subject>,
    named: { readonly caseId?: string; readonly clientId?: string } = {},
  ): Promise<void> {
    await this.store.appendToStream<RecordAccessRefused<Subject>>(
      this.streamIdOf(context.tenantId, refusal.subjectId ?? UNNAMED_SUBJECT),
      [
        {
          type: 'RecordAccessRefused',
          data: { ...refusal, roles: [...context.actor.roles] },
          metadata: accessMetadataOf(context, 'none', named.caseId, named.clientId),
        },
      ],
      { expectedVersion: 'any' },
    );
  }
}

function accessMetadataOf(context: RequestContext, role: string, caseId?: string, clientId?: string): EventMetadata {
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
