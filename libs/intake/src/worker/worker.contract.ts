import type { JsonSchema, PublishedEventContract } from '@casemgmt/messaging';
import { WORKER_DEACTIVATION_REASONS, WORKER_ROLES, type WorkerEvent } from './worker.decider';

// JSON Schemas (draft-07) of the worker events' data. Workers are staff: nothing here describes a client.

const id: JsonSchema = { type: 'string', minLength: 1 };

function dataSchema(properties: Readonly<Record<string, JsonSchema>>): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

const details = {
  workerId: id,
  displayName: id,
  teamId: id,
  roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...WORKER_ROLES] } },
} satisfies Record<string, JsonSchema>;

const schemas: Readonly<Record<WorkerEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  WorkerRegistered: {
    summary: 'An admin registered a worker (the identity provider’s subject) in a team with roles; it starts active.',
    schema: dataSchema(details),
  },
  WorkerDetailsChanged: {
    summary: 'An admin changed a worker’s name, team or roles; the data holds the details after the change.',
    schema: dataSchema(details),
  },
  WorkerDeactivated: {
    summary: 'An admin deactivated a worker: no case can be assigned to them until they are reactivated.',
    schema: dataSchema({ workerId: id, reason: { enum: [...WORKER_DEACTIVATION_REASONS] } }),
  },
  WorkerReactivated: {
    summary: 'An admin reactivated a worker: cases can be assigned to them again.',
    schema: dataSchema({ workerId: id }),
  },
};

/** Published language of the Worker aggregate (`intake.worker-<tenant>.<worker>` streams). */
export const WORKER_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
