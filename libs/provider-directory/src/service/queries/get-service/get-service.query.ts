import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { DirectoryRecords } from '../../../hsds/directory-records';
import { serviceDocument, type HsdsDocument, type HsdsRecord, type PlacedAt } from '../../../hsds/hsds-documents';
import { locationDecider } from '../../../location/location.decider';
import { LocationListing } from '../../../location/projections/location-listing/location-listing.entity';
import { organizationDecider } from '../../../organization/organization.decider';
import { serviceAtLocationDecider } from '../../../service-at-location/service-at-location.decider';
import { ServiceAtLocationListing } from '../../../service-at-location/projections/service-at-location-listing/service-at-location-listing.entity';
import { loadAggregate } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import { ServiceListing } from '../../projections/service-listing/service-listing.entity';
import { serviceDecider } from '../../service.decider';
import { ServiceErrors } from '../../service.errors';

export interface ServiceRead {
  readonly document: HsdsDocument;
  /** Version of the service's stream: the `expectedVersion` of the next change (served as the ETag). */
  readonly version: number;
}

/**
 * `GET /services/{id}`: the fully nested service from the read model, or, with `asOf`, folded from the streams of
 * the service, its organisation, placements and locations as each stood at that instant.
 */
@Injectable()
export class GetServiceQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectEventStore() private readonly store: EventStore,
    private readonly records: DirectoryRecords,
  ) {}

  async execute(tenantId: string, serviceId: string, asOf?: Date): Promise<ServiceRead> {
    return asOf ? this.asOf(tenantId, serviceId, asOf) : this.current(tenantId, serviceId);
  }

  private async current(tenantId: string, serviceId: string): Promise<ServiceRead> {
    const row = await this.dataSource.getRepository(ServiceListing).findOneBy({ tenantId, id: serviceId });
    if (!row) throw ServiceErrors.notFound(serviceId);
    const [document] = await this.records.serviceDocuments(tenantId, [row]);
    return { document: document ?? {}, version: row.streamVersion };
  }

  private async asOf(tenantId: string, serviceId: string, asOf: Date): Promise<ServiceRead> {
    const service = await loadAggregate(this.store, streamIdOf('service', serviceId), serviceDecider, tenantId, asOf);
    if (!service.exists || !service.lastRecordedAt) throw ServiceErrors.notFound(serviceId);
    const fields = service.state.fields;

    // Which records to fold comes from today's links; each is then read as it stood at `asOf`.
    const [placementRows, organizationLocationRows] = await Promise.all([
      this.dataSource
        .getRepository(ServiceAtLocationListing)
        .find({ where: { tenantId, service_id: serviceId }, order: { id: 'ASC' } }),
      fields.organization_id
        ? this.dataSource
            .getRepository(LocationListing)
            .find({ where: { tenantId, organization_id: fields.organization_id }, order: { name: 'ASC', id: 'ASC' } })
        : Promise.resolve([]),
    ]);
    const locationAt = async (locationId: string): Promise<HsdsRecord<'location'> | undefined> => {
      const location = await loadAggregate(
        this.store,
        streamIdOf('location', locationId),
        locationDecider,
        tenantId,
        asOf,
      );
      return location.exists ? { id: locationId, ...location.state.fields } : undefined;
    };
    const placements = (
      await Promise.all(
        placementRows.map(async (row): Promise<PlacedAt | undefined> => {
          const placement = await loadAggregate(
            this.store,
            streamIdOf('service_at_location', row.id),
            serviceAtLocationDecider,
            tenantId,
            asOf,
          );
          if (!placement.exists || placement.state.fields.service_id !== serviceId) return undefined;
          const locationId = placement.state.fields.location_id;
          return {
            serviceAtLocation: { id: row.id, ...placement.state.fields },
            location: locationId ? await locationAt(locationId) : undefined,
          };
        }),
      )
    ).filter((placement): placement is PlacedAt => placement !== undefined);

    let organization: { record: HsdsRecord<'organization'>; locations: HsdsRecord<'location'>[] } | undefined;
    if (fields.organization_id) {
      const organizationId = fields.organization_id;
      const folded = await loadAggregate(
        this.store,
        streamIdOf('organization', organizationId),
        organizationDecider,
        tenantId,
        asOf,
      );
      if (folded.exists) {
        const locations = await Promise.all(organizationLocationRows.map((row) => locationAt(row.id)));
        organization = {
          record: { id: organizationId, ...folded.state.fields },
          locations: locations.filter(
            (location): location is HsdsRecord<'location'> => location?.organization_id === organizationId,
          ),
        };
      }
    }

    const document = serviceDocument(
      { id: serviceId, ...fields },
      { lastModified: service.lastRecordedAt, suspended: service.state.suspendedReason !== null },
      { placements, ...(organization ? { organization } : {}) },
    );
    return { document, version: service.version };
  }
}
