import type { Pool } from 'pg';
import type { RequestContext, Role } from '@casemgmt/auth';
import {
  commandMetadataFrom,
  handleCommand,
  type Command,
  type CommandMetadata,
  type CommandResult,
  type Decider,
} from '@casemgmt/decider';
import type { DomainEvent, EventStore } from '@casemgmt/event-store';
import { carePlanStreamId, type CarePlanAggregate } from './care-plan-streams';
import { caseScopeOf, type CaseScope } from './case-scope';

/** One command on one of a case's streams, as a route asks for it. */
export interface CaseCommandRequest<C extends Command> {
  readonly aggregate: Exclude<CarePlanAggregate, 'access_log'>;
  readonly caseId: string;
  readonly context: RequestContext;
  readonly routeRoles: readonly Role[];
  readonly expectedVersion?: number;
  /** The command, given the case as care plan knows it now (null when unknown) and the request's metadata. */
  readonly command: (scope: CaseScope | null, metadata: CommandMetadata) => C | Promise<C>;
}

/**
 * Every care plan command on a case: read the case as care plan knows it now (access is checked against the case
 * as it stands, DESIGN §8), build the command with it, then load, decide, append to `care-plan.<aggregate>-<case>`.
 * The events carry the case and its client in their metadata: the client's key seals `personal`, and the audit
 * trail indexes by both.
 */
export async function handleCaseCommand<C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  pool: Pool,
  decider: Decider<C, E, S>,
  request: CaseCommandRequest<C>,
): Promise<CommandResult<E>> {
  const { aggregate, caseId, context, routeRoles, expectedVersion } = request;
  const metadata = commandMetadataFrom(context, routeRoles);
  const scope = await caseScopeOf(pool, context.tenantId, caseId);
  const command = await request.command(scope, metadata);
  return handleCommand(store, carePlanStreamId(aggregate, caseId), decider, command, expectedVersion, {
    caseId,
    ...(scope ? { clientId: scope.clientId } : {}),
  });
}

/**
 * A command of the aggregate's union from a route's data and what the handler adds: the decider checks every field
 * it reads (a route's DTO has validated the rest), so the union is only named here, not proven.
 */
export function commandOf<C extends Command>(type: C['type'], data: object, metadata: CommandMetadata): C {
  const command: Command = { type, data, metadata };
  return command as C;
}
