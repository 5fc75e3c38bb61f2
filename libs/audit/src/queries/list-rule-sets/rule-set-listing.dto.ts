import { ApiProperty } from '@nestjs/swagger';
import { RuleSetDto, StoredRuleSetDto } from '../../compliance-rules/rule-set.dto';
import type { RuleSetListing } from './list-rule-sets.query';

/** The tenant's rule sets, every version, and the default set under them. */
export class RuleSetListingDto implements RuleSetListing {
  @ApiProperty({ type: [StoredRuleSetDto], description: 'The tenant’s own versions, newest recorded first' })
  readonly ruleSets!: StoredRuleSetDto[];
  @ApiProperty({ type: RuleSetDto, description: 'The set for every tenant, in effect wherever the tenant has none' })
  readonly defaultRuleSet!: RuleSetDto;
}
