import { SERVICE_STATUSES, type CapacityUnit, type ServiceCapacity, type ServiceFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { ServiceErrors } from './service.errors';

export type ServiceRegistered = {
  readonly type: 'ServiceRegistered';
  readonly data: { readonly serviceId: string; readonly service: ServiceFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type ServiceUpdated = {
  readonly type: 'ServiceUpdated';
  readonly data: { readonly serviceId: string; readonly changes: ServiceFields };
};
export type ServiceSuspended = {
  readonly type: 'ServiceSuspended';
  readonly data: { readonly serviceId: string; readonly reason: string };
};
export type ServiceReinstated = { readonly type: 'ServiceReinstated'; readonly data: { readonly serviceId: string } };
/** A provider's capacity report: the entry it changed and the service's whole HSDS 3.1 `service_capacity` after it. */
export type ServiceCapacityUpdated = {
  readonly type: 'ServiceCapacityUpdated';
  readonly data: {
    readonly serviceId: string;
    readonly capacityId: string;
    readonly service_capacity: readonly ServiceCapacity[];
  };
};

export type ServiceEvent =
  ServiceRegistered | ServiceUpdated | ServiceSuspended | ServiceReinstated | ServiceCapacityUpdated;

export const SERVICE_EVENT_TYPES = [
  'ServiceRegistered',
  'ServiceUpdated',
  'ServiceSuspended',
  'ServiceReinstated',
  'ServiceCapacityUpdated',
] as const satisfies readonly ServiceEvent['type'][];

export interface CapacityReport {
  /** Ids for a new capacity entry and its unit, used only when the service has none for this unit yet. */
  readonly capacityId: string;
  readonly unit: Omit<CapacityUnit, 'id'> & { readonly id?: string };
  readonly available: number;
  readonly maximum?: number | null;
  readonly description?: string | null;
}

export type RegisterService = Command<
  'RegisterService',
  { readonly serviceId: string; readonly service: ServiceFields }
>;
export type UpdateService = Command<'UpdateService', { readonly serviceId: string; readonly changes: ServiceFields }>;
/** Registers a service the directory does not hold yet, else updates the fields the document gives. */
export type ImportService = Command<'ImportService', { readonly serviceId: string; readonly service: ServiceFields }>;
export type SuspendService = Command<'SuspendService', { readonly serviceId: string; readonly reason: string }>;
export type ReinstateService = Command<'ReinstateService', { readonly serviceId: string }>;
export type UpdateServiceCapacity = Command<
  'UpdateServiceCapacity',
  { readonly serviceId: string; readonly report: CapacityReport }
>;

export type ServiceCommand =
  RegisterService | UpdateService | ImportService | SuspendService | ReinstateService | UpdateServiceCapacity;

export interface ServiceState {
  readonly registered: boolean;
  readonly fields: ServiceFields;
  /** Set while a directory administrator keeps the service out of search; served as HSDS status `inactive`. */
  readonly suspendedReason: string | null;
}

export const initialServiceState = (): ServiceState => ({ registered: false, fields: {}, suspendedReason: null });

export function evolveService(state: ServiceState, event: ServiceEvent): ServiceState {
  switch (event.type) {
    case 'ServiceRegistered':
      return { registered: true, fields: event.data.service, suspendedReason: null };
    case 'ServiceUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    case 'ServiceSuspended':
      return { ...state, suspendedReason: event.data.reason };
    case 'ServiceReinstated':
      return { ...state, suspendedReason: null };
    case 'ServiceCapacityUpdated':
      return { ...state, fields: { ...state.fields, service_capacity: event.data.service_capacity } };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown service event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideService(command: ServiceCommand, state: ServiceState): ServiceEvent[] {
  const { serviceId } = command.data;
  switch (command.type) {
    case 'RegisterService':
      if (state.registered) throw ServiceErrors.alreadyRegistered(serviceId);
      return [register(serviceId, command.data.service)];
    case 'ImportService':
      return state.registered
        ? update(serviceId, state, command.data.service)
        : [register(serviceId, command.data.service)];
    case 'UpdateService':
      if (!state.registered) throw ServiceErrors.notFound(serviceId);
      return update(serviceId, state, command.data.changes);
    case 'SuspendService':
      if (!state.registered) throw ServiceErrors.notFound(serviceId);
      if (command.data.reason.trim() === '') throw ServiceErrors.invalid('reason', 'a suspension needs a reason');
      if (state.suspendedReason === command.data.reason) return [];
      return [{ type: 'ServiceSuspended', data: { serviceId, reason: command.data.reason } }];
    case 'ReinstateService':
      if (!state.registered) throw ServiceErrors.notFound(serviceId);
      return state.suspendedReason === null ? [] : [{ type: 'ServiceReinstated', data: { serviceId } }];
    case 'UpdateServiceCapacity':
      if (!state.registered) throw ServiceErrors.notFound(serviceId);
      return [reportCapacity(command, state)];
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown service command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(serviceId: string, service: ServiceFields): ServiceRegistered {
  assertValidService(service);
  return { type: 'ServiceRegistered', data: { serviceId, service } };
}

function update(serviceId: string, state: ServiceState, desired: ServiceFields): ServiceUpdated[] {
  const changes = diffFields(state.fields, desired);
  if (isEmpty(changes)) return [];
  assertValidService(applyFields(state.fields, changes));
  return [{ type: 'ServiceUpdated', data: { serviceId, changes } }];
}

function reportCapacity(command: UpdateServiceCapacity, state: ServiceState): ServiceCapacityUpdated {
  const { serviceId, report } = command.data;
  const { now } = command.metadata;
  if (capacityReporterRole(command, state) === undefined) throw ServiceErrors.notYourOrganization(serviceId);
  if (!Number.isFinite(report.available) || report.available < 0) {
    throw ServiceErrors.invalid('available', 'must be a number of at least 0');
  }
  if (report.maximum !== undefined && report.maximum !== null && report.maximum < report.available) {
    throw ServiceErrors.invalid('maximum', 'must not be less than available');
  }
  const entries = state.fields.service_capacity ?? [];
  const existing = entries.find((entry) => sameUnit(entry.unit, report.unit));
  const entry: ServiceCapacity = {
    id: existing?.id ?? report.capacityId,
    unit: { ...report.unit, id: existing?.unit.id ?? report.unit.id ?? report.capacityId },
    available: report.available,
    ...(report.maximum !== undefined ? { maximum: report.maximum } : {}),
    ...(report.description !== undefined ? { description: report.description } : {}),
    updated: now.toISOString(),
  };
  const service_capacity = existing
    ? entries.map((candidate) => (candidate.id === existing.id ? entry : candidate))
    : [...entries, entry];
  return { type: 'ServiceCapacityUpdated', data: { serviceId, capacityId: entry.id, service_capacity } };
}

/**
 * The role a capacity report is allowed under, each of the actor's roles judged in its own scope: directory
 * administrators may correct any service; a provider partner reports only for its own organisation.
 */
function capacityReporterRole(command: UpdateServiceCapacity, state: ServiceState): string | undefined {
  const { role, roles, organizationId } = command.metadata.actor;
  const owner = state.fields.organization_id;
  return (roles ?? [role]).find(
    (held) => held === 'admin' || (held === 'provider_partner' && !!owner && organizationId === owner),
  );
}

/** The role recorded on the events: for a capacity report, the one that allowed it. */
function grantingRole(command: ServiceCommand, state: ServiceState): string | undefined {
  return command.type === 'UpdateServiceCapacity' ? capacityReporterRole(command, state) : undefined;
}

function sameUnit(held: CapacityUnit, reported: CapacityReport['unit']): boolean {
  if (reported.id !== undefined) return held.id === reported.id;
  return held.name.trim().toLowerCase() === reported.name.trim().toLowerCase();
}

function assertValidService(service: ServiceFields): void {
  if (typeof service.name !== 'string' || service.name.trim() === '')
    throw ServiceErrors.invalid('name', 'is required');
  if (!service.status || !(SERVICE_STATUSES as readonly string[]).includes(service.status)) {
    throw ServiceErrors.invalid('status', `must be one of ${SERVICE_STATUSES.join(', ')}`);
  }
  for (const field of ['minimum_age', 'maximum_age'] as const) {
    const age = service[field];
    if (age !== undefined && age !== null && (!Number.isFinite(age) || age < 0)) {
      throw ServiceErrors.invalid(field, 'must be a number of at least 0');
    }
  }
  const { minimum_age: min, maximum_age: max } = service;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    throw ServiceErrors.invalid('maximum_age', 'must not be less than minimum_age');
  }
}

export const serviceDecider: Decider<ServiceCommand, ServiceEvent, ServiceState> = {
  decide: decideService,
  evolve: evolveService,
  initialState: initialServiceState,
  grantingRole,
};
