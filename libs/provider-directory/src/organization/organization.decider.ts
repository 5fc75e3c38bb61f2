import type { OrganizationFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { OrganizationErrors } from './organization.errors';

export type OrganizationRegistered = {
  readonly type: 'OrganizationRegistered';
  readonly data: { readonly organizationId: string; readonly organization: OrganizationFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type OrganizationUpdated = {
  readonly type: 'OrganizationUpdated';
  readonly data: { readonly organizationId: string; readonly changes: OrganizationFields };
};
export type OrganizationSuspended = {
  readonly type: 'OrganizationSuspended';
  readonly data: { readonly organizationId: string; readonly reason: string };
};
export type OrganizationReinstated = {
  readonly type: 'OrganizationReinstated';
  readonly data: { readonly organizationId: string };
};

export type OrganizationEvent =
  OrganizationRegistered | OrganizationUpdated | OrganizationSuspended | OrganizationReinstated;

export const ORGANIZATION_EVENT_TYPES = [
  'OrganizationRegistered',
  'OrganizationUpdated',
  'OrganizationSuspended',
  'OrganizationReinstated',
] as const satisfies readonly OrganizationEvent['type'][];

type Data = { readonly organizationId: string };
export type RegisterOrganization = Command<
  'RegisterOrganization',
  Data & { readonly organization: OrganizationFields }
>;
export type UpdateOrganization = Command<'UpdateOrganization', Data & { readonly changes: OrganizationFields }>;
export type ImportOrganization = Command<'ImportOrganization', Data & { readonly organization: OrganizationFields }>;
export type SuspendOrganization = Command<'SuspendOrganization', Data & { readonly reason: string }>;
export type ReinstateOrganization = Command<'ReinstateOrganization', Data>;

export type OrganizationCommand =
  RegisterOrganization | UpdateOrganization | ImportOrganization | SuspendOrganization | ReinstateOrganization;

export interface OrganizationState {
  readonly registered: boolean;
  readonly fields: OrganizationFields;
  /** Set while an administrator keeps the organisation's services out of search. */
  readonly suspendedReason: string | null;
}

export const initialOrganizationState = (): OrganizationState => ({
  registered: false,
  fields: {},
  suspendedReason: null,
});

export function evolveOrganization(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  switch (event.type) {
    case 'OrganizationRegistered':
      return { registered: true, fields: event.data.organization, suspendedReason: null };
    case 'OrganizationUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    case 'OrganizationSuspended':
      return { ...state, suspendedReason: event.data.reason };
    case 'OrganizationReinstated':
      return { ...state, suspendedReason: null };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown organization event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideOrganization(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  const { organizationId } = command.data;
  switch (command.type) {
    case 'RegisterOrganization':
      if (state.registered) throw OrganizationErrors.alreadyRegistered(organizationId);
      return [register(organizationId, command.data.organization)];
    case 'ImportOrganization':
      return state.registered
        ? update(organizationId, state, command.data.organization)
        : [register(organizationId, command.data.organization)];
    case 'UpdateOrganization':
      if (!state.registered) throw OrganizationErrors.notFound(organizationId);
      return update(organizationId, state, command.data.changes);
    case 'SuspendOrganization':
      if (!state.registered) throw OrganizationErrors.notFound(organizationId);
      if (command.data.reason.trim() === '') throw OrganizationErrors.invalid('reason', 'a suspension needs a reason');
      if (state.suspendedReason === command.data.reason) return [];
      return [{ type: 'OrganizationSuspended', data: { organizationId, reason: command.data.reason } }];
    case 'ReinstateOrganization':
      if (!state.registered) throw OrganizationErrors.notFound(organizationId);
      return state.suspendedReason === null ? [] : [{ type: 'OrganizationReinstated', data: { organizationId } }];
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown organization command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(organizationId: string, organization: OrganizationFields): OrganizationRegistered {
  assertValidOrganization(organization);
  return { type: 'OrganizationRegistered', data: { organizationId, organization } };
}

function update(organizationId: string, state: OrganizationState, desired: OrganizationFields): OrganizationUpdated[] {
  const changes = diffFields(state.fields, desired);
  if (isEmpty(changes)) return [];
  assertValidOrganization(applyFields(state.fields, changes));
  return [{ type: 'OrganizationUpdated', data: { organizationId, changes } }];
}

// HSDS requires a name and a description of every organisation.
function assertValidOrganization(organization: OrganizationFields): void {
  for (const field of ['name', 'description'] as const) {
    const value = organization[field];
    if (typeof value !== 'string' || value.trim() === '') throw OrganizationErrors.invalid(field, 'is required');
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  decide: decideOrganization,
  evolve: evolveOrganization,
  initialState: initialOrganizationState,
};
