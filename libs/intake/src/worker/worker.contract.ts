import { eventDataSchema, type JsonSchema, type PublishedEventContract } from '@casemgmt/messaging';
import { WORKER_DEACTIVATION_REASONS, WORKER_ROLES, type WorkerEvent } from './worker.decider';

// JSON Schemas (draft-07) of the worker events' data. Workers are staff: nothing here describes a client.

const id: JsonSchema = { type: 'string', minLength: 1 };

const details = {
  workerId: id,
  displayName: id,
  teamId: id,
  roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...WORKER_ROLES] } },
} satisfies Record<string, JsonSchema>;

const schemas: Readonly<Record<WorkerEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  WorkerRegistered: {
    summary: 'An admin registered a worker (the identity provider’s subject) in a team with roles; it starts active.',
    schema: eventDataSchema(details),
  },
  WorkerDetailsChanged: {
    summary: 'An admin changed a worker’s name, team or roles; the data holds the details after the change.',
    schema: eventDataSchema(details),
  },
  WorkerDeactivated: {
    summary: 'An admin deactivated a worker: no case can be assigned to them until they are reactivated.',
    schema: eventDataSchema({ workerId: id, reason: { enum: [...WORKER_DEACTIVATION_REASONS] } }),
  },
  WorkerReactivated: {
    summary: 'An admin reactivated a worker: cases can be assigned to them again.',
    schema: eventDataSchema({ workerId: id }),
  },
};

/** Published language of the Worker aggregate (`intake.worker-<tenant>.<worker>` streams). */
export const WORKER_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
