import type { Pool } from 'pg';
import { DEFAULT_RULE_SET } from '../compliance/default-rule-set';
import { parseRuleSet } from '../compliance/parse-rule-set';
import type { RuleSet } from '../compliance/rule-set';

/** A pool or one of its clients: what the compliance reads need of PostgreSQL. */
export type Queryable = { readonly query: Pool['query'] };

/** One stored version of a tenant's rule set, as listed to admins and auditors. */
export interface StoredRuleSet {
  readonly ruleSet: RuleSet;
  readonly recordedAt: string;
  readonly recordedBy: { readonly id: string; readonly role: string };
}

interface RuleSetRow extends Record<string, unknown> {
  readonly document: unknown;
  readonly recorded_at: Date;
  readonly recorded_by: { readonly id?: string; readonly role?: string } | null;
}

/** Every version of a tenant's own rule sets, newest recorded first (optionally only those recorded by an instant). */
export async function storedRuleSets(db: Queryable, tenantId: string, recordedBy?: Date): Promise<StoredRuleSet[]> {
  const { rows } = await db.query<RuleSetRow>(
    `SELECT document, recorded_at, recorded_by FROM audit.compliance_rule_sets
      WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR recorded_at <= $2)
      ORDER BY recorded_at DESC, rule_set_id, version DESC`,
    [tenantId, recordedBy ?? null],
  );
  return rows.map((row) => ({
    // Stored only after the same parser accepted it; parsed again so the engine never reads unchecked JSON.
    ruleSet: parseRuleSet(row.document),
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: { id: row.recorded_by?.id ?? 'unknown', role: row.recorded_by?.role ?? 'unknown' },
  }));
}

/**
 * The rule sets that may judge a tenant's cases: the default set for every tenant under the tenant's own versions
 * (the engine picks, per obligation, the most specific set in effect when it arose). With `recordedBy`, only the
 * versions stored by then: the rules as known on that date.
 */
export async function ruleSetsOfTenant(db: Queryable, tenantId: string, recordedBy?: Date): Promise<RuleSet[]> {
  const own = await storedRuleSets(db, tenantId, recordedBy);
  return [DEFAULT_RULE_SET, ...own.map((stored) => stored.ruleSet)];
}
