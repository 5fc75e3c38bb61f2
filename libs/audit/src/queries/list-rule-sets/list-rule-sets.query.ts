import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { DEFAULT_RULE_SET } from '../../compliance/default-rule-set';
import type { RuleSet } from '../../compliance/rule-set';
import { storedRuleSets, type StoredRuleSet } from '../../compliance-rules/stored-rule-sets';

export interface RuleSetListing {
  /** The tenant's own versions, newest recorded first. */
  readonly ruleSets: readonly StoredRuleSet[];
  /** The set for every tenant, in effect wherever the tenant has none of its own. */
  readonly defaultRuleSet: RuleSet;
}

/** The tenant's rule sets, every version, and the default set under them. */
@Injectable()
export class ListRuleSetsQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async execute(tenantId: string): Promise<RuleSetListing> {
    return { ruleSets: await storedRuleSets(this.pool, tenantId), defaultRuleSet: DEFAULT_RULE_SET };
  }
}
