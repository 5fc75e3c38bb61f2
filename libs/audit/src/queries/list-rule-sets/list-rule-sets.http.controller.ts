import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { ListRuleSetsQuery, type RuleSetListing } from './list-rule-sets.query';
import { RuleSetListingDto } from './rule-set-listing.dto';

@ApiTags('audit')
@Controller('audit/compliance/rule-sets')
export class ListRuleSetsHttpController {
  constructor(private readonly query: ListRuleSetsQuery) {}

  @Roles('admin', 'auditor')
  @Get()
  @ApiOperation({
    summary: 'Every version of the tenant’s compliance rule sets, newest first, and the default set under them',
  })
  @ApiOkResponse({ type: RuleSetListingDto })
  list(@Ctx() context: RequestContext): Promise<RuleSetListing> {
    return this.query.execute(context.tenantId);
  }
}
