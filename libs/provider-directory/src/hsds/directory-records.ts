import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { LocationListing } from '../location/projections/location-listing/location-listing.entity';
import { OrganizationListing } from '../organization/projections/organization-listing/organization-listing.entity';
import { ServiceAtLocationListing } from '../service-at-location/projections/service-at-location-listing/service-at-location-listing.entity';
import { ServiceListing } from '../service/projections/service-listing/service-listing.entity';
import {
  recordOf,
  serviceAtLocationDocument,
  serviceAtLocationSummary,
  serviceDocument,
  serviceSummary,
  type HsdsDocument,
  type PlacedAt,
  type ServiceContext,
  type ServiceListingInfo,
} from './hsds-documents';

export const serviceInfoOf = (row: ServiceListing): ServiceListingInfo => ({
  lastModified: row.lastModified,
  suspended: row.suspendedReason !== null,
});

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === null) continue;
    groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return groups;
}

const byName = <T extends { readonly name: string | null; readonly id: string }>(a: T, b: T) =>
  (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id);

/**
 * Reads the listing tables for the HSDS documents, always within one tenant, and nests them the way the HSDS
 * compiled schemas do: a few batched queries per page, never one per record.
 */
@Injectable()
export class DirectoryRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organizations(tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, OrganizationListing>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(OrganizationListing).findBy({ tenantId, id: In(wanted) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async locations(tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, LocationListing>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(LocationListing).findBy({ tenantId, id: In(wanted) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async locationsOfOrganizations(
    tenantId: string,
    organizationIds: readonly string[],
  ): Promise<Map<string, LocationListing[]>> {
    if (organizationIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(LocationListing)
      .findBy({ tenantId, organization_id: In([...new Set(organizationIds)]) });
    return groupBy(rows.sort(byName), (row) => row.organization_id);
  }

  async services(tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, ServiceListing>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ServiceListing).findBy({ tenantId, id: In(wanted) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async servicesOfOrganization(tenantId: string, organizationId: string): Promise<ServiceListing[]> {
    const rows = await this.dataSource
      .getRepository(ServiceListing)
      .findBy({ tenantId, organization_id: organizationId });
    return rows.sort(byName);
  }

  /** Each service's placements, with their locations. */
  async placementsOfServices(tenantId: string, serviceIds: readonly string[]): Promise<Map<string, PlacedAt[]>> {
    if (serviceIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ServiceAtLocationListing)
      .find({ where: { tenantId, service_id: In([...new Set(serviceIds)]) }, order: { id: 'ASC' } });
    const locations = await this.locations(
      tenantId,
      rows.map((row) => row.location_id),
    );
    const placements = rows.map((row) => ({ row, placement: this.placementOf(row, locations) }));
    const grouped = groupBy(placements, ({ row }) => row.service_id);
    return new Map([...grouped].map(([serviceId, items]) => [serviceId, items.map(({ placement }) => placement)]));
  }

  placementOf(row: ServiceAtLocationListing, locations: ReadonlyMap<string, LocationListing>): PlacedAt {
    const location = row.location_id === null ? undefined : locations.get(row.location_id);
    return {
      serviceAtLocation: recordOf('service_at_location', row),
      location: location ? recordOf('location', location) : undefined,
    };
  }

  /** `GET /services` items: each service with its organisation and programme. */
  async serviceSummaries(tenantId: string, services: readonly ServiceListing[]): Promise<HsdsDocument[]> {
    const organizations = await this.organizations(
      tenantId,
      services.map((row) => row.organization_id),
    );
    return services.map((row) => {
      const organization = row.organization_id === null ? undefined : organizations.get(row.organization_id);
      return serviceSummary(
        recordOf('service', row),
        serviceInfoOf(row),
        organization ? recordOf('organization', organization) : undefined,
      );
    });
  }

  /** Fully nested services: placements with locations, the organisation with its locations. */
  async serviceDocuments(tenantId: string, services: readonly ServiceListing[]): Promise<HsdsDocument[]> {
    const contexts = await this.serviceContexts(tenantId, services);
    return services.map((row) =>
      serviceDocument(recordOf('service', row), serviceInfoOf(row), contexts.get(row.id) ?? { placements: [] }),
    );
  }

  async serviceContexts(tenantId: string, services: readonly ServiceListing[]): Promise<Map<string, ServiceContext>> {
    const organizationIds = services.map((row) => row.organization_id).filter((id): id is string => id !== null);
    const [organizations, organizationLocations, placements] = await Promise.all([
      this.organizations(tenantId, organizationIds),
      this.locationsOfOrganizations(tenantId, organizationIds),
      this.placementsOfServices(
        tenantId,
        services.map((row) => row.id),
      ),
    ]);
    return new Map(
      services.map((row) => {
        const organization = row.organization_id === null ? undefined : organizations.get(row.organization_id);
        const context: ServiceContext = {
          placements: placements.get(row.id) ?? [],
          ...(organization
            ? {
                organization: {
                  record: recordOf('organization', organization),
                  locations: (organizationLocations.get(organization.id) ?? []).map((location) =>
                    recordOf('location', location),
                  ),
                },
              }
            : {}),
        };
        return [row.id, context];
      }),
    );
  }

  /** `GET /service_at_locations` items. */
  async serviceAtLocationSummaries(
    tenantId: string,
    rows: readonly ServiceAtLocationListing[],
  ): Promise<HsdsDocument[]> {
    const [locations, services] = await Promise.all([
      this.locations(
        tenantId,
        rows.map((row) => row.location_id),
      ),
      this.services(
        tenantId,
        rows.map((row) => row.service_id),
      ),
    ]);
    const organizations = await this.organizations(
      tenantId,
      [...services.values()].map((service) => service.organization_id),
    );
    return rows.map((row) => {
      const service = row.service_id === null ? undefined : services.get(row.service_id);
      const organization = service?.organization_id ? organizations.get(service.organization_id) : undefined;
      return serviceAtLocationSummary(
        this.placementOf(row, locations),
        service
          ? {
              record: recordOf('service', service),
              info: serviceInfoOf(service),
              ...(organization ? { organization: recordOf('organization', organization) } : {}),
            }
          : undefined,
      );
    });
  }

  /** A fully nested service at location. */
  async serviceAtLocationDocument(tenantId: string, row: ServiceAtLocationListing): Promise<HsdsDocument> {
    const [locations, services] = await Promise.all([
      this.locations(tenantId, [row.location_id]),
      this.services(tenantId, [row.service_id]),
    ]);
    const service = row.service_id === null ? undefined : services.get(row.service_id);
    const contexts = service ? await this.serviceContexts(tenantId, [service]) : new Map<string, ServiceContext>();
    return serviceAtLocationDocument(
      this.placementOf(row, locations),
      service
        ? {
            record: recordOf('service', service),
            info: serviceInfoOf(service),
            context: contexts.get(service.id) ?? { placements: [] },
          }
        : undefined,
    );
  }
}
