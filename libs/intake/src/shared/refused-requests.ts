import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { namedId, recordRefusedRequests, type RefusedRequest } from '@casemgmt/auth';
import { AccessLog } from './access-log';
import type { AccessRefusal, AccessSubject } from './access-log.contract';

const SUBJECT_OF_RESOURCE: Readonly<Record<string, AccessSubject>> = {
  cases: 'case',
  caseloads: 'case',
  clients: 'client',
  consents: 'consent',
};

/** Records refused requests for intake's data in the tenant's access log, and so in the audit trail (ADR 0012). */
@Injectable()
export class IntakeRefusedRequests implements OnModuleInit {
  private readonly logger = new Logger('IntakeAccessRefusals');

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly accessLog: AccessLog,
  ) {}

  onModuleInit(): void {
    recordRefusedRequests(this.host, '/intake/', this.logger, async (context, refused) => {
      const refusal = refusalOf(refused);
      if (refusal) await this.accessLog.refused(context, refusal);
    });
  }
}

/** What the access log says of a refused request: the subject its route is about and the id it named. */
export function refusalOf(refused: RefusedRequest): AccessRefusal | undefined {
  const resource = refused.route.split('/')[2] ?? '';
  const routeSubject = SUBJECT_OF_RESOURCE[resource];
  if (!routeSubject) return undefined;
  // `in-force` asks about a client named in its body, which a refusal does not read: personal data may sit beside it.
  const inForce = refused.route === '/intake/consents/in-force';
  const subject = inForce ? 'client' : routeSubject;
  const named = inForce ? undefined : (refused.params['id'] ?? refused.params['clientId']);
  return { subject, subjectId: namedId(named), view: refused.view, status: refused.status, error: refused.error };
}
