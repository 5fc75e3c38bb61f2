import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandlers, IncomingEvent } from '@casemgmt/messaging';
import { typed } from '../case-view/intake-events';
import {
  DIRECTORY_EVENTS,
  type CapacityV1,
  type OrganizationIdV1,
  type OrganizationRegisteredV1,
  type OrganizationUpdatedV1,
  type ServiceAtLocationRegisteredV1,
  type ServiceAtLocationUpdatedV1,
  type ServiceCapacityUpdatedV1,
  type ServiceFieldsV1,
  type ServiceIdV1,
  type ServiceRegisteredV1,
  type ServiceUpdatedV1,
} from './directory-events';

export { DIRECTORY_EVENT_TYPES } from './directory-events';

// Each row follows only later versions of its stream, so an event handled again after a redelivery changes nothing.
function updateService(
  tx: SqlTransaction,
  event: IncomingEvent,
  serviceId: string,
  assignments: string,
  values: readonly unknown[],
): Promise<unknown> {
  return tx.query(
    `UPDATE referral.directory_services SET ${assignments}, listing_version = $3
      WHERE tenant_id = $1 AND service_id = $2 AND listing_version < $3`,
    [event.metadata.tenantId, serviceId, event.streamVersion, ...values],
  );
}

function updateOrganization(
  tx: SqlTransaction,
  event: IncomingEvent,
  organizationId: string,
  assignments: string,
  values: readonly unknown[],
): Promise<unknown> {
  return tx.query(
    `UPDATE referral.directory_organizations SET ${assignments}, last_stream_version = $3
      WHERE tenant_id = $1 AND organization_id = $2 AND last_stream_version < $3`,
    [event.metadata.tenantId, organizationId, event.streamVersion, ...values],
  );
}

const capacityOf = (entries: readonly CapacityV1[] | null | undefined): string | null =>
  entries ? JSON.stringify(entries.map((entry) => ({ available: entry.available }))) : null;

/** The changed fields of a service as SQL assignments from `$4` on (`$1`–`$3` are the tenant, id and version). */
function serviceChanges(changes: ServiceFieldsV1): { assignments: string[]; values: unknown[] } {
  const assignments: string[] = [];
  const values: unknown[] = [];
  const set = (column: string, value: unknown, cast = '') => {
    values.push(value);
    assignments.push(`${column} = $${values.length + 3}${cast}`);
  };
  if ('organization_id' in changes) set('organization_id', changes.organization_id ?? null);
  if ('status' in changes) set('status', changes.status ?? null);
  if ('service_capacity' in changes) set('capacity', capacityOf(changes.service_capacity), '::jsonb');
  return { assignments, values };
}

/** What referral keeps of the directory's listings, in the consumer's transaction. */
export function buildDirectoryHandlers(): EventHandlers {
  return {
    [DIRECTORY_EVENTS.serviceRegistered]: typed<ServiceRegisteredV1>((tx, event, { serviceId, service }) =>
      tx.query(
        `INSERT INTO referral.directory_services
           (tenant_id, service_id, organization_id, status, capacity, listing_version)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT (tenant_id, service_id) DO NOTHING`,
        [
          event.metadata.tenantId,
          serviceId,
          service.organization_id ?? null,
          service.status ?? null,
          capacityOf(service.service_capacity),
          event.streamVersion,
        ],
      ),
    ),
    [DIRECTORY_EVENTS.serviceUpdated]: typed<ServiceUpdatedV1>((tx, event, { serviceId, changes }) => {
      const { assignments, values } = serviceChanges(changes);
      // A change referral does not read still makes a new listing version, which a referral may pin.
      return updateService(tx, event, serviceId, ['suspended = suspended', ...assignments].join(', '), values);
    }),
    [DIRECTORY_EVENTS.serviceSuspended]: typed<ServiceIdV1>((tx, event, { serviceId }) =>
      updateService(tx, event, serviceId, 'suspended = true', []),
    ),
    [DIRECTORY_EVENTS.serviceReinstated]: typed<ServiceIdV1>((tx, event, { serviceId }) =>
      updateService(tx, event, serviceId, 'suspended = false', []),
    ),
    [DIRECTORY_EVENTS.serviceCapacityUpdated]: typed<ServiceCapacityUpdatedV1>((tx, event, data) =>
      updateService(tx, event, data.serviceId, 'capacity = $4::jsonb', [capacityOf(data.service_capacity)]),
    ),
    [DIRECTORY_EVENTS.organizationRegistered]: typed<OrganizationRegisteredV1>((tx, event, data) =>
      tx.query(
        `INSERT INTO referral.directory_organizations (tenant_id, organization_id, name, last_stream_version)
         VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, organization_id) DO NOTHING`,
        [event.metadata.tenantId, data.organizationId, data.organization.name ?? null, event.streamVersion],
      ),
    ),
    [DIRECTORY_EVENTS.organizationUpdated]: typed<OrganizationUpdatedV1>((tx, event, data) =>
      'name' in data.changes
        ? updateOrganization(tx, event, data.organizationId, 'name = $4', [data.changes.name ?? null])
        : updateOrganization(tx, event, data.organizationId, 'name = name', []),
    ),
    [DIRECTORY_EVENTS.organizationSuspended]: typed<OrganizationIdV1>((tx, event, data) =>
      updateOrganization(tx, event, data.organizationId, 'suspended = true', []),
    ),
    [DIRECTORY_EVENTS.organizationReinstated]: typed<OrganizationIdV1>((tx, event, data) =>
      updateOrganization(tx, event, data.organizationId, 'suspended = false', []),
    ),
    [DIRECTORY_EVENTS.serviceAtLocationRegistered]: typed<ServiceAtLocationRegisteredV1>((tx, event, data) =>
      tx.query(
        `INSERT INTO referral.directory_placements
           (tenant_id, service_at_location_id, service_id, location_id, last_stream_version)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, service_at_location_id) DO NOTHING`,
        [
          event.metadata.tenantId,
          data.serviceAtLocationId,
          data.serviceAtLocation.service_id ?? null,
          data.serviceAtLocation.location_id ?? null,
          event.streamVersion,
        ],
      ),
    ),
    [DIRECTORY_EVENTS.serviceAtLocationUpdated]: typed<ServiceAtLocationUpdatedV1>((tx, event, data) => {
      const { changes } = data;
      return tx.query(
        `UPDATE referral.directory_placements
            SET service_id = CASE WHEN $4 THEN $5 ELSE service_id END,
                location_id = CASE WHEN $6 THEN $7 ELSE location_id END,
                last_stream_version = $3
          WHERE tenant_id = $1 AND service_at_location_id = $2 AND last_stream_version < $3`,
        [
          event.metadata.tenantId,
          data.serviceAtLocationId,
          event.streamVersion,
          'service_id' in changes,
          changes.service_id ?? null,
          'location_id' in changes,
          changes.location_id ?? null,
        ],
      );
    }),
  };
}
