import type { ServiceAtLocationFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { ServiceAtLocationErrors } from './service-at-location.errors';

export type ServiceAtLocationRegistered = {
  readonly type: 'ServiceAtLocationRegistered';
  readonly data: { readonly serviceAtLocationId: string; readonly serviceAtLocation: ServiceAtLocationFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type ServiceAtLocationUpdated = {
  readonly type: 'ServiceAtLocationUpdated';
  readonly data: { readonly serviceAtLocationId: string; readonly changes: ServiceAtLocationFields };
};

export type ServiceAtLocationEvent = ServiceAtLocationRegistered | ServiceAtLocationUpdated;

export const SERVICE_AT_LOCATION_EVENT_TYPES = [
  'ServiceAtLocationRegistered',
  'ServiceAtLocationUpdated',
] as const satisfies readonly ServiceAtLocationEvent['type'][];

type Data = { readonly serviceAtLocationId: string };
export type RegisterServiceAtLocation = Command<
  'RegisterServiceAtLocation',
  Data & { readonly serviceAtLocation: ServiceAtLocationFields }
>;
export type UpdateServiceAtLocation = Command<
  'UpdateServiceAtLocation',
  Data & { readonly changes: ServiceAtLocationFields }
>;
export type ImportServiceAtLocation = Command<
  'ImportServiceAtLocation',
  Data & { readonly serviceAtLocation: ServiceAtLocationFields }
>;

export type ServiceAtLocationCommand = RegisterServiceAtLocation | UpdateServiceAtLocation | ImportServiceAtLocation;

export interface ServiceAtLocationState {
  readonly registered: boolean;
  readonly fields: ServiceAtLocationFields;
}

export const initialServiceAtLocationState = (): ServiceAtLocationState => ({ registered: false, fields: {} });

export function evolveServiceAtLocation(
  state: ServiceAtLocationState,
  event: ServiceAtLocationEvent,
): ServiceAtLocationState {
  switch (event.type) {
    case 'ServiceAtLocationRegistered':
      return { registered: true, fields: event.data.serviceAtLocation };
    case 'ServiceAtLocationUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown service-at-location event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideServiceAtLocation(
  command: ServiceAtLocationCommand,
  state: ServiceAtLocationState,
): ServiceAtLocationEvent[] {
  const { serviceAtLocationId } = command.data;
  switch (command.type) {
    case 'RegisterServiceAtLocation':
      if (state.registered) throw ServiceAtLocationErrors.alreadyRegistered(serviceAtLocationId);
      return [register(serviceAtLocationId, command.data.serviceAtLocation)];
    case 'ImportServiceAtLocation':
      return state.registered
        ? update(serviceAtLocationId, state, command.data.serviceAtLocation)
        : [register(serviceAtLocationId, command.data.serviceAtLocation)];
    case 'UpdateServiceAtLocation':
      if (!state.registered) throw ServiceAtLocationErrors.notFound(serviceAtLocationId);
      return update(serviceAtLocationId, state, command.data.changes);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown service-at-location command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(
  serviceAtLocationId: string,
  serviceAtLocation: ServiceAtLocationFields,
): ServiceAtLocationRegistered {
  assertValid(serviceAtLocation);
  return { type: 'ServiceAtLocationRegistered', data: { serviceAtLocationId, serviceAtLocation } };
}

function update(
  serviceAtLocationId: string,
  state: ServiceAtLocationState,
  desired: ServiceAtLocationFields,
): ServiceAtLocationUpdated[] {
  const changes = diffFields(state.fields, desired);
  if (isEmpty(changes)) return [];
  assertValid(applyFields(state.fields, changes));
  return [{ type: 'ServiceAtLocationUpdated', data: { serviceAtLocationId, changes } }];
}

// HSDS leaves both links optional; without them the record places no service anywhere, so the directory needs them.
function assertValid(fields: ServiceAtLocationFields): void {
  for (const field of ['service_id', 'location_id'] as const) {
    if (typeof fields[field] !== 'string' || fields[field] === '')
      throw ServiceAtLocationErrors.invalid(field, 'is required');
  }
}

export const serviceAtLocationDecider: Decider<
  ServiceAtLocationCommand,
  ServiceAtLocationEvent,
  ServiceAtLocationState
> = {
  decide: decideServiceAtLocation,
  evolve: evolveServiceAtLocation,
  initialState: initialServiceAtLocationState,
};
