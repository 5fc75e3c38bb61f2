import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { loadAggregate, type LoadedAggregate, type ReadOnlyDecider } from '@casemgmt/decider';
import type { DomainEvent, EventStore } from '@casemgmt/event-store';
import { CaseErrors } from './case-errors';
import type { CarePlanAccessLog } from './care-plan-access-log';
import type { CarePlanAccessSubject } from './care-plan-access-log.contract';
import { caseReadGrant } from './care-plan-access.policy';
import { carePlanStreamId, type CarePlanAggregate } from './care-plan-streams';
import { caseScopeOf, type CaseScope } from './case-scope';

/** One read of one of a case's streams, as a route asks for it. */
export interface CaseReadRequest<E extends DomainEvent, S> {
  readonly aggregate: Exclude<CarePlanAggregate, 'access_log'>;
  readonly decider: ReadOnlyDecider<E, S>;
  readonly caseId: string;
  readonly subject: CarePlanAccessSubject;
  /** The route as the access log names it, e.g. `GET /care-plan/cases/{caseId}/plans`. */
  readonly view: string;
  readonly asOf?: Date;
}

/**
 * A case's stream folded for a reader who may read the case as it stands now (DESIGN §8), as of now or `asOf`, and
 * the read in the access log; a case the reader may not read answers `CARE_PLAN.CASE_NOT_FOUND`, like one that
 * does not exist.
 */
export async function readCaseAggregate<E extends DomainEvent, S>(
  deps: { readonly store: EventStore; readonly pool: Pool; readonly accessLog: CarePlanAccessLog },
  context: RequestContext,
  request: CaseReadRequest<E, S>,
): Promise<LoadedAggregate<S> & { readonly scope: CaseScope }> {
  const { caseId } = request;
  const scope = await caseScopeOf(deps.pool, context.tenantId, caseId);
  const grant = scope ? caseReadGrant(context.actor, scope) : undefined;
  if (!scope || grant?.decision !== 'granted') throw CaseErrors.caseNotFound(caseId);
  const loaded = await loadAggregate(
    deps.store,
    carePlanStreamId(request.aggregate, caseId),
    request.decider,
    context.tenantId,
    request.asOf,
  );
  await deps.accessLog.read(context, {
    subject: request.subject,
    caseId,
    clientId: scope.clientId,
    view: request.view,
    role: grant.role,
  });
  return { ...loaded, scope };
}
