import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import type { EventStore } from '@casemgmt/event-store';
import { AccessLogWriter } from '@casemgmt/messaging';
import { InjectIntakeEventStore } from './intake-options';
import type { AccessRefusal, AccessSubject, RecordAccess } from './access-log.contract';
import { accessLogStreamId } from './intake-streams';

/**
 * Records every read of client or case data, and every refused request for it, as events of
 * `intake.access_log-<tenant>.<client id>` (the record's own id where no client is known), so the audit trail shows
 * views and refusals beside edits.
 */
@Injectable()
export class AccessLog {
  private readonly writer: AccessLogWriter<AccessSubject>;

  constructor(@InjectIntakeEventStore() store: EventStore) {
    this.writer = new AccessLogWriter<AccessSubject>(store, accessLogStreamId);
  }

  record(context: RequestContext, access: RecordAccess): Promise<void> {
    return this.writer.record(context, access);
  }

  /** A refused request of a verified caller; the role is `none`, since none allowed it, and `roles` says what was held. */
  refused(context: RequestContext, refusal: AccessRefusal): Promise<void> {
    const named = refusal.subjectId ?? undefined;
    return this.writer.refused(context, refusal, {
      ...(refusal.subject === 'case' && named ? { caseId: named } : {}),
      ...(refusal.subject === 'client' && named ? { clientId: named } : {}),
    });
  }
}
