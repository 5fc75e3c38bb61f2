import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DirectoryRecords } from '../../../hsds/directory-records';
import type { HsdsDocument } from '../../../hsds/hsds-documents';
import { ServiceAtLocationListing } from '../../projections/service-at-location-listing/service-at-location-listing.entity';
import { ServiceAtLocationErrors } from '../../service-at-location.errors';

/** `GET /service_at_locations/{id}`: the placement with its location and its service fully nested. */
@Injectable()
export class GetServiceAtLocationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: DirectoryRecords,
  ) {}

  async execute(tenantId: string, serviceAtLocationId: string): Promise<HsdsDocument> {
    const row = await this.dataSource
      .getRepository(ServiceAtLocationListing)
      .findOneBy({ tenantId, id: serviceAtLocationId });
    if (!row) throw ServiceAtLocationErrors.notFound(serviceAtLocationId);
    return this.records.serviceAtLocationDocument(tenantId, row);
  }
}
