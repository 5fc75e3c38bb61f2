import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DirectoryRecords } from '../../../hsds/directory-records';
import { hsdsPage, type HsdsPage } from '../../../hsds/hsds-documents';
import { pageOf, type HsdsServiceFilterRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ServiceListing } from '../../../service/projections/service-listing/service-listing.entity';
import { ServiceSearch } from '../../../service/projections/service-search/service-search.entity';
import { applyServiceFilters } from '../../../service/queries/list-services/service-filters';
import { ServiceAtLocationListing } from '../../projections/service-at-location-listing/service-at-location-listing.entity';

/** `GET /service_at_locations`: placements of the tenant's services, filtered by their services as HSDS defines. */
@Injectable()
export class ListServiceAtLocationsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: DirectoryRecords,
  ) {}

  async execute(tenantId: string, filters: HsdsServiceFilterRequestDto): Promise<HsdsPage> {
    const { page, perPage } = pageOf(filters);
    const query = this.dataSource
      .getRepository(ServiceAtLocationListing)
      .createQueryBuilder('sal')
      .innerJoin(ServiceListing, 's', 's.tenant_id = sal.tenant_id AND s.id = sal.service_id')
      .innerJoin(ServiceSearch, 'ss', 'ss.tenant_id = s.tenant_id AND ss.id = s.id')
      .where('sal.tenant_id = :tenantId', { tenantId })
      .orderBy('s.name', 'ASC')
      .addOrderBy('sal.id', 'ASC')
      .offset((page - 1) * perPage)
      .limit(perPage);
    const [rows, total] = await applyServiceFilters(query, { listing: 's', search: 'ss' }, filters).getManyAndCount();
    return hsdsPage(await this.records.serviceAtLocationSummaries(tenantId, rows), total, page, perPage);
  }
}
