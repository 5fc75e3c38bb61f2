import type { RequestContext, Role } from '@casemgmt/auth';
import type { EventMetadata } from '@casemgmt/event-store';

/** Who acts, for which tenant, and when: everything a decider may not look up itself. */
export interface CommandMetadata {
  readonly tenantId: string;
  readonly actor: {
    readonly id: string;
    readonly role: string;
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
 * never from the body. `role` is the role under which the route lets the actor act.
 */
export function commandMetadataFrom(context: RequestContext, role: Role, now: Date = new Date()): CommandMetadata {
  return {
    tenantId: context.tenantId,
    actor: {
      id: context.actor.id,
      role,
      ...(context.actor.organizationId ? { organizationId: context.actor.organizationId } : {}),
      ...(context.actor.teamId ? { teamId: context.actor.teamId } : {}),
      ...(context.actor.onBehalfOf ? { onBehalfOf: context.actor.onBehalfOf } : {}),
    },
    correlationId: context.correlationId,
    ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    now,
  };
}

/** The first of `preferred` roles the actor holds: the role recorded on the events of a route open to several. */
export function actingRole(context: RequestContext, preferred: readonly Role[]): Role {
  const role = preferred.find((candidate) => context.actor.roles.includes(candidate));
  if (!role) throw new Error(`actor ${context.actor.id} holds none of ${preferred.join(', ')}`);
  return role;
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
