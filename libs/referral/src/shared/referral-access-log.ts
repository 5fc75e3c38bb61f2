import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { namedId, recordRefusedRequests, type RequestContext } from '@casemgmt/auth';
import type { EventStore } from '@casemgmt/event-store';
import { AccessLogWriter } from '@casemgmt/messaging';
import { referralAccessLogStreamId, type ReferralAccessSubject } from './referral-access-log.contract';
import { InjectReferralEventStore } from './referral-options';

/** How many access-log streams the reads of one partner's inbox are spread over. */
export const INBOX_ACCESS_STREAMS = 16;

/** The inbox access-log stream (0 to {@link INBOX_ACCESS_STREAMS} - 1) of a request, by its correlation id. */
export function inboxShardOf(correlationId: string): number {
  return (
    Number.parseInt(createHash('sha256').update(correlationId).digest('hex').slice(0, 8), 16) % INBOX_ACCESS_STREAMS
  );
}

/** Records every read of referral data, and every refused request for it, in referral's access log (ADR 0012). */
@Injectable()
export class ReferralAccessLog {
  private readonly writer: AccessLogWriter<ReferralAccessSubject>;

  constructor(@InjectReferralEventStore() store: EventStore) {
    this.writer = new AccessLogWriter<ReferralAccessSubject>(store, referralAccessLogStreamId);
  }

  /** A read of one referral, or of a case's referrals: recorded under the case and its client. */
  read(
    context: RequestContext,
    read: { subjectId: string; caseId: string; clientId: string | null; view: string; role: string },
  ): Promise<void> {
    const { subjectId, caseId, clientId, view, role } = read;
    return this.writer.record(context, {
      subject: 'referral',
      subjectId,
      caseId,
      ...(clientId ? { clientId } : {}),
      view,
      role,
    });
  }

  /**
   * A read of a partner's inbox: recorded under the organisation whose inbox it is, in one of its
   * {@link INBOX_ACCESS_STREAMS} streams (chosen by the request's correlation id, so a retry lands beside the first
   * try): an integration polls its inbox several requests at a time, and each read's record must not wait for the
   * commit of another's.
   */
  listed(context: RequestContext, read: { organizationId: string; view: string; role: string }): Promise<void> {
    return this.writer.record(context, {
      subject: 'inbox',
      subjectId: read.organizationId,
      view: read.view,
      role: read.role,
      streamKey: `${read.organizationId}.${inboxShardOf(context.correlationId)}`,
    });
  }

  refused(context: RequestContext, refusal: { view: string; status: number; error: string; id: string | null }) {
    const { view, status, error, id } = refusal;
    // A partner's route that names no referral (the inbox, its counts) reads the inbox.
    const subject: ReferralAccessSubject = view.includes('/partner/referral') && !id ? 'inbox' : 'referral';
    return this.writer.refused(context, { subject, subjectId: id, view, status, error });
  }
}

/** Records refused requests on referral's routes in its access log, and so in the audit trail. */
@Injectable()
export class ReferralRefusedRequests implements OnModuleInit {
  private readonly logger = new Logger('ReferralAccessRefusals');

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  onModuleInit(): void {
    recordRefusedRequests(this.host, '/referral/', this.logger, (context, refused) =>
      this.accessLog.refused(context, {
        view: refused.view,
        status: refused.status,
        error: refused.error,
        id: namedId(refused.params['referralId']) ?? namedId(refused.params['caseId']),
      }),
    );
  }
}
