import { LOCATION_TYPES, type LocationFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { LocationErrors } from './location.errors';

export type LocationRegistered = {
  readonly type: 'LocationRegistered';
  readonly data: { readonly locationId: string; readonly location: LocationFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type LocationUpdated = {
  readonly type: 'LocationUpdated';
  readonly data: { readonly locationId: string; readonly changes: LocationFields };
};

export type LocationEvent = LocationRegistered | LocationUpdated;

export const LOCATION_EVENT_TYPES = [
  'LocationRegistered',
  'LocationUpdated',
] as const satisfies readonly LocationEvent['type'][];

type Data = { readonly locationId: string };
export type RegisterLocation = Command<'RegisterLocation', Data & { readonly location: LocationFields }>;
export type UpdateLocation = Command<'UpdateLocation', Data & { readonly changes: LocationFields }>;
export type ImportLocation = Command<'ImportLocation', Data & { readonly location: LocationFields }>;

export type LocationCommand = RegisterLocation | UpdateLocation | ImportLocation;

export interface LocationState {
  readonly registered: boolean;
  readonly fields: LocationFields;
}

export const initialLocationState = (): LocationState => ({ registered: false, fields: {} });

export function evolveLocation(state: LocationState, event: LocationEvent): LocationState {
  switch (event.type) {
    case 'LocationRegistered':
      return { registered: true, fields: event.data.location };
    case 'LocationUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown location event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideLocation(command: LocationCommand, state: LocationState): LocationEvent[] {
  const { locationId } = command.data;
  switch (command.type) {
    case 'RegisterLocation':
      if (state.registered) throw LocationErrors.alreadyRegistered(locationId);
      return [register(locationId, command.data.location)];
    case 'ImportLocation':
      return state.registered
        ? update(locationId, state, command.data.location)
        : [register(locationId, command.data.location)];
    case 'UpdateLocation':
      if (!state.registered) throw LocationErrors.notFound(locationId);
      return update(locationId, state, command.data.changes);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown location command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(locationId: string, location: LocationFields): LocationRegistered {
  assertValidLocation(location);
  return { type: 'LocationRegistered', data: { locationId, location } };
}

function update(locationId: string, state: LocationState, desired: LocationFields): LocationUpdated[] {
  const changes = diffFields(state.fields, desired);
  if (isEmpty(changes)) return [];
  assertValidLocation(applyFields(state.fields, changes));
  return [{ type: 'LocationUpdated', data: { locationId, changes } }];
}

function assertValidLocation(location: LocationFields): void {
  if (!location.location_type || !(LOCATION_TYPES as readonly string[]).includes(location.location_type)) {
    throw LocationErrors.invalid('location_type', `must be one of ${LOCATION_TYPES.join(', ')}`);
  }
  // Distance search needs both coordinates or neither.
  const hasLatitude = typeof location.latitude === 'number';
  const hasLongitude = typeof location.longitude === 'number';
  if (hasLatitude !== hasLongitude) {
    throw LocationErrors.invalid(hasLatitude ? 'longitude' : 'latitude', 'latitude and longitude go together');
  }
}

export const locationDecider: Decider<LocationCommand, LocationEvent, LocationState> = {
  decide: decideLocation,
  evolve: evolveLocation,
  initialState: initialLocationState,
};
