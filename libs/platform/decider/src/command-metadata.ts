import type { RequestContext, Role } from '@casemgmt/auth';
import type { EventMetadata } from '@casemgmt/event-store';

/** Who acts, for which tenant, and when: everything a decider may not look up itself. */
export interface CommandMetadata {
  readonly tenantId: string;
  readonly actor: {
    readonly id: string;
    /** The role recorded on the events: the route's first held role, or the one the aggregate's policy granted. */
    readonly role: string;
    /**
     * Every role the actor holds that the route allows, in the route's order of preference: a request is allowed
     * when any of them allows it (DESIGN §8). Absent: `role` alone.
     */
    readonly roles?: readonly string[];
    readonly organizationId?: string;
    readonly teamId?: string;
    readonly onBehalfOf?: string;
  };
  readonly correlationId: string;
  readonly traceparent?: string;
  /** When the command is handled: the recorded time's stand-in for deciders. */
  readonly now: Date;
  /** When it happened in the world, where the worker back-dates it; `now` otherwise. */
  readonly occurredAt?: Date;
}

/** A command: a string-literal `type`, its data, and the metadata of the request. */
export interface Command<T extends string = string, D extends object = object> {
  readonly type: T;
  readonly data: D;
  readonly metadata: CommandMetadata;
}

/**
 * The metadata of a command sent over HTTP: tenant, actor and correlation come from the verified token and headers,
 * never from the body. Given the route's roles, the actor carries every one of them it holds (the first is recorded
 * unless the aggregate's policy says which granted); given one role, it acts under that role alone.
 */
export function commandMetadataFrom(
  context: RequestContext,
  routeRoles: Role | readonly Role[],
  now: Date = new Date(),
): CommandMetadata {
  const roles = typeof routeRoles === 'string' ? [routeRoles] : heldRoles(context, routeRoles);
  const [role] = roles;
  if (role === undefined) throw new Error(`actor ${context.actor.id} holds none of the route's roles`);
  return {
    tenantId: context.tenantId,
    actor: {
      id: context.actor.id,
      role,
      roles,
      ...(context.actor.organizationId ? { organizationId: context.actor.organizationId } : {}),
      ...(context.actor.teamId ? { teamId: context.actor.teamId } : {}),
      ...(context.actor.onBehalfOf ? { onBehalfOf: context.actor.onBehalfOf } : {}),
    },
    correlationId: context.correlationId,
    ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    now,
  };
}

/** The roles of `preferred` the actor holds, in the order of `preferred`. */
export function heldRoles(context: RequestContext, preferred: readonly Role[]): Role[] {
  return preferred.filter((candidate) => context.actor.roles.includes(candidate));
}

/** The metadata as recorded under `role`, the role a request was allowed under; unchanged without one. */
export function underRole(metadata: CommandMetadata, role: string | undefined): CommandMetadata {
  return role === undefined ? metadata : { ...metadata, actor: { ...metadata.actor, role } };
}

export function toEventMetadata(metadata: CommandMetadata): EventMetadata {
  return {
    tenantId: metadata.tenantId,
    actor: {
      id: metadata.actor.id,
      role: metadata.actor.role,
      ...(metadata.actor.onBehalfOf ? { onBehalfOf: metadata.actor.onBehalfOf } : {}),
    },
    correlationId: metadata.correlationId,
    ...(metadata.traceparent ? { traceparent: metadata.traceparent } : {}),
  };
}
