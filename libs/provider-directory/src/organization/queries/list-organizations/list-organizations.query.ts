import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hsdsPage, organizationSummary, recordOf, type HsdsPage } from '../../../hsds/hsds-documents';
import { pageOf, type HsdsPageRequestDto } from '../../../hsds/hsds-page.request.dto';
import { OrganizationListing } from '../../projections/organization-listing/organization-listing.entity';

/** `GET /organizations`: the tenant's organisations by name, as an HSDS `Page`. */
@Injectable()
export class ListOrganizationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(tenantId: string, filters: HsdsPageRequestDto): Promise<HsdsPage> {
    const { page, perPage } = pageOf(filters);
    const query = this.dataSource
      .getRepository(OrganizationListing)
      .createQueryBuilder('o')
      .where('o.tenant_id = :tenantId', { tenantId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage);
    if (filters.search !== undefined && filters.search.trim() !== '') {
      // Organisation names are short; a substring match is what people expect of them.
      query.andWhere("(o.name ILIKE :pattern ESCAPE '\\' OR o.alternate_name ILIKE :pattern ESCAPE '\\')", {
        pattern: `%${filters.search.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
      });
    }
    const [rows, total] = await query.getManyAndCount();
    return hsdsPage(
      rows.map((row) => organizationSummary(recordOf('organization', row))),
      total,
      page,
      perPage,
    );
  }
}
