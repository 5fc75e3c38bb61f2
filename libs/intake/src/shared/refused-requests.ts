import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { watchRefusedRequests, type RefusedRequest } from '@casemgmt/auth';
import { AccessLog, type AccessRefusal, type AccessSubject } from './access-log';

const SUBJECT_OF_RESOURCE: Readonly<Record<string, AccessSubject>> = {
  cases: 'case',
  caseloads: 'case',
  clients: 'client',
  consents: 'consent',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records refused requests for intake's data (DESIGN §8, ADR 0012): a 403 or 404 of a verified caller becomes a
 * `RecordAccessRefused` in the tenant's access log, and so reaches the audit trail; a 401 has no verified tenant to
 * file it under, so it is a warning in the service's log, naming the route and never the URL or the token.
 */
@Injectable()
export class IntakeRefusedRequests implements OnModuleInit {
  private readonly logger = new Logger('IntakeAccessRefusals');

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly accessLog: AccessLog,
  ) {}

  onModuleInit(): void {
    const instance: unknown = this.host.httpAdapter?.getInstance();
    if (!isFastify(instance)) return;
    watchRefusedRequests(instance, '/intake/', (refused) => this.record(refused));
  }

  private async record(refused: RefusedRequest): Promise<void> {
    const refusal = refusalOf(refused);
    if (!refusal) return;
    if (!refused.context) {
      this.logger.warn({
        msg: 'refused an unauthenticated request',
        view: refusal.view,
        status: refusal.status,
        error: refusal.error,
        ...(refused.correlationId ? { correlationId: refused.correlationId } : {}),
      });
      return;
    }
    try {
      await this.accessLog.refused(refused.context, refusal);
    } catch (error) {
      this.logger.error({ msg: 'could not record a refused request', view: refusal.view, error: String(error) });
    }
  }
}

/** What the access log says of a refused request: the subject its route is about and the id it named. */
export function refusalOf(refused: RefusedRequest): AccessRefusal | undefined {
  const resource = refused.route.split('/')[2] ?? '';
  const routeSubject = SUBJECT_OF_RESOURCE[resource];
  if (!routeSubject) return undefined;
  // `in-force` asks about a client, named in the query.
  const inForce = refused.route === '/intake/consents/in-force';
  const subject = inForce ? 'client' : routeSubject;
  const named = inForce ? refused.query['clientId'] : (refused.params['id'] ?? refused.params['clientId']);
  const subjectId = typeof named === 'string' && UUID.test(named) ? named.toLowerCase() : null;
  return {
    subject,
    subjectId,
    view: `${refused.method} ${refused.route.replace(/:(\w+)/g, '{$1}')}`,
    status: refused.status,
    error: refused.error,
  };
}

function isFastify(instance: unknown): instance is FastifyInstance {
  return typeof (instance as { addHook?: unknown } | undefined)?.addHook === 'function';
}
