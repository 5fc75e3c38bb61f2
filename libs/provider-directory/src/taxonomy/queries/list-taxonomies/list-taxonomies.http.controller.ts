import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsDocument, HsdsPage } from '../../../hsds/hsds-documents';
import { HsdsPageRequestDto } from '../../../hsds/hsds-page.request.dto';
import { ListTaxonomiesQuery } from './list-taxonomies.query';

@ApiTags('HSDS 3.0')
@Controller('taxonomies')
export class ListTaxonomiesHttpController {
  constructor(private readonly query: ListTaxonomiesQuery) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'Paginated taxonomies (HSDS getPaginatedListOfTaxonomies)' })
  @ApiOkResponse({ description: 'An HSDS Page whose contents validate against taxonomy.json' })
  list(@Query() query: HsdsPageRequestDto, @Ctx() context: RequestContext): Promise<HsdsPage> {
    return this.query.list(context.tenantId, query);
  }

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'A taxonomy (HSDS getTaxonomyById)' })
  @ApiOkResponse({ description: 'Validates against taxonomy.json' })
  get(@Param('id') taxonomyId: string, @Ctx() context: RequestContext): Promise<HsdsDocument> {
    return this.query.get(context.tenantId, taxonomyId);
  }
}
