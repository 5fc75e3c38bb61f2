import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HsdsServiceFilterRequestDto } from '../../../hsds/hsds-page.request.dto';

/**
 * Applies the HSDS service filters to a query over the services listing joined to the search table, under the
 * given aliases (the caller restricts it to the tenant bound as `:tenantId`).
 */
export function applyServiceFilters<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  aliases: { readonly listing: string; readonly search: string },
  filters: HsdsServiceFilterRequestDto,
): SelectQueryBuilder<T> {
  const alias = aliases.search;
  if (filters.modified_after !== undefined) {
    query.andWhere(`${aliases.listing}.last_modified >= :modifiedAfter`, {
      modifiedAfter: new Date(filters.modified_after),
    });
  }
  if (filters.search !== undefined && filters.search.trim() !== '') {
    query.andWhere(`${alias}.search @@ websearch_to_tsquery('english', :search)`, { search: filters.search });
  }
  if (filters.taxonomy_term_id !== undefined) {
    query.andWhere(`${alias}.taxonomy_term_ids @> ARRAY[:termId]::text[]`, { termId: filters.taxonomy_term_id });
  }
  if (filters.taxonomy_id !== undefined) {
    query.andWhere(
      `${alias}.taxonomy_term_ids && ARRAY(SELECT t.id FROM provider_directory.taxonomy_terms t WHERE t.tenant_id = :tenantId AND t.taxonomy_id = :taxonomyId)`,
      { taxonomyId: filters.taxonomy_id },
    );
  }
  if (filters.organization_id !== undefined) {
    query.andWhere(`${alias}.organization_id = :organizationId`, { organizationId: filters.organization_id });
  }
  return query;
}
