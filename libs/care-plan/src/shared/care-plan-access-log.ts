import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { namedId, recordRefusedRequests, type RequestContext } from '@casemgmt/auth';
import type { EventStore } from '@casemgmt/event-store';
import { AccessLogWriter } from '@casemgmt/messaging';
import { carePlanAccessLogStreamId, type CarePlanAccessSubject } from './care-plan-access-log.contract';
import { InjectCarePlanEventStore } from './care-plan-options';

/** A read of care plan data: the case it is about, its client, the view that showed it and the role that allowed it. */
export interface CarePlanRead {
  readonly subject: CarePlanAccessSubject;
  readonly caseId: string;
  readonly clientId: string;
  readonly view: string;
  readonly role: string;
}

/** Records every read of care plan data, and every refused request for it, in care plan's access log (ADR 0012). */
@Injectable()
export class CarePlanAccessLog {
  private readonly writer: AccessLogWriter<CarePlanAccessSubject>;

  constructor(@InjectCarePlanEventStore() store: EventStore) {
    this.writer = new AccessLogWriter<CarePlanAccessSubject>(store, carePlanAccessLogStreamId);
  }

  read(context: RequestContext, read: CarePlanRead): Promise<void> {
    const { subject, caseId, clientId, view, role } = read;
    return this.writer.record(context, { subject, subjectId: caseId, caseId, clientId, view, role });
  }

  /** A read of a list that names no client, such as a worklist: recorded under whose list it is. */
  listed(
    context: RequestContext,
    read: { subject: CarePlanAccessSubject; ownerId: string; view: string; role: string },
  ): Promise<void> {
    const { subject, ownerId, view, role } = read;
    return this.writer.record(context, { subject, subjectId: ownerId, view, role });
  }

  refused(context: RequestContext, refusal: { view: string; status: number; error: string; caseId: string | null }) {
    const { view, status, error, caseId } = refusal;
    const subject: CarePlanAccessSubject = view.includes('/worklist') ? 'worklist' : 'case';
    return this.writer.refused(context, { subject, subjectId: caseId, view, status, error });
  }
}

/** Records refused requests on care plan's routes in its access log, and so in the audit trail. */
@Injectable()
export class CarePlanRefusedRequests implements OnModuleInit {
  private readonly logger = new Logger('CarePlanAccessRefusals');

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly accessLog: CarePlanAccessLog,
  ) {}

  onModuleInit(): void {
    recordRefusedRequests(this.host, '/care-plan/', this.logger, (context, refused) =>
      this.accessLog.refused(context, {
        view: refused.view,
        status: refused.status,
        error: refused.error,
        caseId: namedId(refused.params['caseId']),
      }),
    );
  }
}
