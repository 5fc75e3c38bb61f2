import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import type { EventMetadata, EventStore } from '@casemgmt/event-store';
import type { PublishedEventContract } from '@casemgmt/messaging';
import { InjectIntakeEventStore } from './intake-options';
import { accessLogStreamId } from './intake-streams';

export type AccessSubject = 'client' | 'case' | 'consent';

/** What was read: the record, the view or query that showed it, and the role the read was allowed under. */
export interface RecordAccess {
  readonly subject: AccessSubject;
  readonly subjectId: string;
  readonly clientId?: string;
  readonly caseId?: string;
  /** The route or query that showed the record, e.g. `GET /intake/cases/{id}`. */
  readonly view: string;
  /** The role whose scope granted the read (DESIGN §8): with several roles held, the one that allowed it. */
  readonly role: string;
}

/** A request for client, case or consent data that was refused (403 or 404): who asked, for what, and the answer. */
export interface AccessRefusal {
  readonly subject: AccessSubject;
  /** The id the request named, when it named one. */
  readonly subjectId: string | null;
  /** The route pattern, e.g. `GET /intake/cases/{id}`: never the URL, which may carry personal data. */
  readonly view: string;
  readonly status: number;
  /** The answer's error code, e.g. `INTAKE.CASE_NOT_FOUND` or `FORBIDDEN_ROLE`. */
  readonly error: string;
}

export interface RecordAccessed {
  readonly type: 'RecordAccessed';
  readonly data: {
    readonly subject: AccessSubject;
    readonly subjectId: string;
    readonly view: string;
    readonly role: string;
  };
}

export interface RecordAccessRefused {
  readonly type: 'RecordAccessRefused';
  readonly data: AccessRefusal & { readonly roles: readonly string[] };
}

export const ACCESS_LOG_PUBLISHED_EVENTS: readonly PublishedEventContract[] = [
  {
    type: 'RecordAccessed',
    version: 1,
    summary: 'Someone read a client, case or consent record (HIPAA audit controls record views as well as edits).',
    sealed: [],
    schema: {
      type: 'object',
      required: ['subject', 'subjectId', 'view', 'role'],
      additionalProperties: false,
      properties: {
        subject: { type: 'string', enum: ['client', 'case', 'consent'] },
        subjectId: { type: 'string' },
        view: { type: 'string' },
        role: { type: 'string' },
      },
    },
  },
  {
    type: 'RecordAccessRefused',
    version: 1,
    summary:
      'A request for a client, case or consent record was refused (403, or 404 for a record missing or out of scope).',
    schema: {
      type: 'object',
      required: ['subject', 'subjectId', 'view', 'status', 'error', 'roles'],
      additionalProperties: false,
      properties: {
        subject: { type: 'string', enum: ['client', 'case', 'consent'] },
        subjectId: { type: ['string', 'null'] },
        view: { type: 'string' },
        status: { type: 'integer' },
        error: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
      },
    },
  },
];

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
