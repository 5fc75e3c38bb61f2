import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DirectoryRecords, serviceInfoOf } from '../../../hsds/directory-records';
import { organizationWithServicesDocument, recordOf, type HsdsDocument } from '../../../hsds/hsds-documents';
import { OrganizationErrors } from '../../organization.errors';
import { OrganizationListing } from '../../projections/organization-listing/organization-listing.entity';

/** `GET /organizations/{id}`: the organisation with its locations and its services fully nested. */
@Injectable()
export class GetOrganizationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: DirectoryRecords,
  ) {}

  async execute(tenantId: string, organizationId: string): Promise<{ document: HsdsDocument; version: number }> {
    const row = await this.dataSource.getRepository(OrganizationListing).findOneBy({ tenantId, id: organizationId });
    if (!row) throw OrganizationErrors.notFound(organizationId);
    const [locations, services] = await Promise.all([
      this.records.locationsOfOrganizations(tenantId, [organizationId]),
      this.records.servicesOfOrganization(tenantId, organizationId),
    ]);
    const placements = await this.records.placementsOfServices(
      tenantId,
      services.map((service) => service.id),
    );
    const document = organizationWithServicesDocument(
      recordOf('organization', row),
      (locations.get(organizationId) ?? []).map((location) => recordOf('location', location)),
      services.map((service) => ({
        service: recordOf('service', service),
        info: serviceInfoOf(service),
        placements: placements.get(service.id) ?? [],
      })),
    );
    return { document, version: row.streamVersion };
  }
}
