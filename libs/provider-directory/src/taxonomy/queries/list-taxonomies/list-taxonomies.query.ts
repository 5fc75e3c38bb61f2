import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hsdsPage, recordOf, taxonomyDocument, type HsdsDocument, type HsdsPage } from '../../../hsds/hsds-documents';
import { pageOf, type HsdsPageRequestDto } from '../../../hsds/hsds-page.request.dto';
import { TaxonomyListing } from '../../projections/taxonomy-listing/taxonomy-listing.entity';
import { TaxonomyErrors } from '../../taxonomy.errors';

/** `GET /taxonomies` and `GET /taxonomies/{id}`. */
@Injectable()
export class ListTaxonomiesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(tenantId: string, filters: HsdsPageRequestDto): Promise<HsdsPage> {
    const { page, perPage } = pageOf(filters);
    const query = this.dataSource
      .getRepository(TaxonomyListing)
      .createQueryBuilder('t')
      .where('t.tenant_id = :tenantId', { tenantId })
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage);
    if (filters.search !== undefined && filters.search.trim() !== '') {
      query.andWhere('t.name ILIKE :pattern', {
        pattern: `%${filters.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [rows, total] = await query.getManyAndCount();
    return hsdsPage(
      rows.map((row) => taxonomyDocument(recordOf('taxonomy', row))),
      total,
      page,
      perPage,
    );
  }

  async get(tenantId: string, taxonomyId: string): Promise<HsdsDocument> {
    const row = await this.dataSource.getRepository(TaxonomyListing).findOneBy({ tenantId, id: taxonomyId });
    if (!row) throw TaxonomyErrors.notFound(taxonomyId);
    return taxonomyDocument(recordOf('taxonomy', row));
  }
}
