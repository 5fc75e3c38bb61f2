import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DirectoryRecords } from '../../../hsds/directory-records';
import { hsdsPage, type HsdsPage } from '../../../hsds/hsds-documents';
import { pageOf, type HsdsServiceFilterRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ServiceListing } from '../../projections/service-listing/service-listing.entity';
import { ServiceSearch } from '../../projections/service-search/service-search.entity';
import { applyServiceFilters } from './service-filters';

/** `GET /services`: the tenant's services by name, filtered as HSDS defines, as a `Page`. */
@Injectable()
export class ListServicesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: DirectoryRecords,
  ) {}

  async execute(tenantId: string, filters: HsdsServiceFilterRequestDto): Promise<HsdsPage> {
    const { page, perPage } = pageOf(filters);
    const query = this.dataSource
      .getRepository(ServiceListing)
      .createQueryBuilder('s')
      .innerJoin(ServiceSearch, 'ss', 'ss.tenant_id = s.tenant_id AND ss.id = s.id')
      .where('s.tenant_id = :tenantId', { tenantId })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage);
    const [rows, total] = await applyServiceFilters(query, { listing: 's', search: 'ss' }, filters).getManyAndCount();
    const contents =
      filters.full === true
        ? await this.records.serviceDocuments(tenantId, rows)
        : await this.records.serviceSummaries(tenantId, rows);
    return hsdsPage(contents, total, page, perPage);
  }
}
