import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import type { EventStore } from '@casemgmt/event-store';
import type { PublishedEventContract } from '@casemgmt/messaging';
import { InjectIntakeEventStore } from './intake-options';
import { accessLogStreamId } from './intake-streams';

/** What was read: the record, and the view or query that showed it. */
export interface RecordAccess {
  readonly subject: 'client' | 'case' | 'consent';
  readonly subjectId: string;
  readonly clientId?: string;
  readonly caseId?: string;
  /** The route or query that showed the record, e.g. `GET /intake/cases/{id}`. */
  readonly view: string;
}

export interface RecordAccessed {
  readonly type: 'RecordAccessed';
  readonly data: {
    readonly subject: RecordAccess['subject'];
    readonly subjectId: string;
    readonly view: string;
    readonly role: string;
  };
}

export const ACCESS_LOG_PUBLISHED_EVENTS: readonly PublishedEventContract[] = [
  {
    type: 'RecordAccessed',
    version: 1,
    summary: 'Someone read a client, case or consent record (HIPAA audit controls record views as well as edits).',
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
];

/**
 * Records every read of client or case data as an event of `intake.access_log-<tenant>.<client id>`, so the audit trail
 * shows views beside edits. Appends with expected version `any`: reads never conflict with each other.
 */
@Injectable()
export class AccessLog {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async record(context: RequestContext, access: RecordAccess): Promise<void> {
    const role = context.actor.roles[0] ?? 'unknown';
    await this.store.appendToStream<RecordAccessed>(
      accessLogStreamId(context.tenantId, access.clientId ?? access.subjectId),
      [
        {
          type: 'RecordAccessed',
          data: { subject: access.subject, subjectId: access.subjectId, view: access.view, role },
          metadata: {
            tenantId: context.tenantId,
            actor: {
              id: context.actor.id,
              role,
              ...(context.actor.onBehalfOf ? { onBehalfOf: context.actor.onBehalfOf } : {}),
            },
            correlationId: context.correlationId,
            ...(access.caseId ? { caseId: access.caseId } : {}),
            ...(access.clientId ? { clientId: access.clientId } : {}),
            ...(context.traceparent ? { traceparent: context.traceparent } : {}),
          },
        },
      ],
      { expectedVersion: 'any' },
    );
  }
}
