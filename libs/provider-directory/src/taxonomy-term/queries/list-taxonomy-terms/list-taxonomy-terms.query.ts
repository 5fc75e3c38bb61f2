import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  hsdsPage,
  recordOf,
  taxonomyTermDocument,
  type HsdsDocument,
  type HsdsPage,
} from '../../../hsds/hsds-documents';
import { pageOf } from '../../../hsds/hsds-page.request.dto';
import { TaxonomyListing } from '../../../taxonomy/projections/taxonomy-listing/taxonomy-listing.entity';
import { TaxonomyTermListing } from '../../projections/taxonomy-term-listing/taxonomy-term-listing.entity';
import { TaxonomyTermErrors } from '../../taxonomy-term.errors';
import type { ListTaxonomyTermsRequestDto } from './list-taxonomy-terms.request.dto';

/** `GET /taxonomy_terms` and `GET /taxonomy_terms/{id}`, each term with its taxonomy as `taxonomy_detail`. */
@Injectable()
export class ListTaxonomyTermsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(tenantId: string, filters: ListTaxonomyTermsRequestDto): Promise<HsdsPage> {
    const { page, perPage } = pageOf(filters);
    const query = this.dataSource
      .getRepository(TaxonomyTermListing)
      .createQueryBuilder('t')
      .where('t.tenant_id = :tenantId', { tenantId })
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage);
    if (filters.search !== undefined && filters.search.trim() !== '') {
      const pattern = `%${filters.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(t.name ILIKE :pattern OR t.code ILIKE :pattern)', { pattern });
    }
    if (filters.taxonomy_id !== undefined)
      query.andWhere('t.taxonomy_id = :taxonomyId', { taxonomyId: filters.taxonomy_id });
    if (filters.parent_id !== undefined) query.andWhere('t.parent_id = :parentId', { parentId: filters.parent_id });
    if (filters.top_only === true) query.andWhere('t.parent_id IS NULL');
    const [rows, total] = await query.getManyAndCount();
    return hsdsPage(await this.documents(tenantId, rows), total, page, perPage);
  }

  async get(tenantId: string, termId: string): Promise<HsdsDocument> {
    const row = await this.dataSource.getRepository(TaxonomyTermListing).findOneBy({ tenantId, id: termId });
    if (!row) throw TaxonomyTermErrors.notFound(termId);
    const [document] = await this.documents(tenantId, [row]);
    return document ?? {};
  }

  private async documents(tenantId: string, rows: readonly TaxonomyTermListing[]): Promise<HsdsDocument[]> {
    const taxonomyIds = [...new Set(rows.map((row) => row.taxonomy_id).filter((id): id is string => id !== null))];
    const taxonomies =
      taxonomyIds.length === 0
        ? []
        : await this.dataSource.getRepository(TaxonomyListing).findBy({ tenantId, id: In(taxonomyIds) });
    const byId = new Map(taxonomies.map((taxonomy) => [taxonomy.id, taxonomy]));
    return rows.map((row) => {
      const taxonomy = row.taxonomy_id === null ? undefined : byId.get(row.taxonomy_id);
      return taxonomyTermDocument(
        recordOf('taxonomy_term', row),
        taxonomy ? recordOf('taxonomy', taxonomy) : undefined,
      );
    });
  }
}
