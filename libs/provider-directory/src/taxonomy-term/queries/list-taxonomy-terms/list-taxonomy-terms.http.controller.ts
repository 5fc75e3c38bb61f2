import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import type { HsdsDocument, HsdsPage } from '../../../hsds/hsds-documents';
import { ListTaxonomyTermsQuery } from './list-taxonomy-terms.query';
import { ListTaxonomyTermsRequestDto } from './list-taxonomy-terms.request.dto';

@ApiTags('HSDS 3.0')
@Controller('taxonomy_terms')
export class ListTaxonomyTermsHttpController {
  constructor(private readonly query: ListTaxonomyTermsQuery) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'Paginated taxonomy terms (HSDS getTaxonomyTermById in the published OpenAPI)' })
  @ApiOkResponse({ description: 'An HSDS Page whose contents validate against taxonomy_term.json' })
  list(@Query() query: ListTaxonomyTermsRequestDto, @Ctx() context: RequestContext): Promise<HsdsPage> {
    return this.query.list(context.tenantId, query);
  }

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'A taxonomy term with its taxonomy' })
  @ApiOkResponse({ description: 'Validates against taxonomy_term.json' })
  get(@Param('id') termId: string, @Ctx() context: RequestContext): Promise<HsdsDocument> {
    return this.query.get(context.tenantId, termId);
  }
}
