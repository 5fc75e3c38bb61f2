import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { calendarDateOf, validationFailed } from '@casemgmt/kernel';
import { parseRuleSet } from '../../compliance/parse-rule-set';
import type { RuleSet } from '../../compliance/rule-set';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from '../../compliance-read-model/compliance-options';
import { auditError } from '../../shared/audit-error';

/** What a stored version answers. */
export interface PutRuleSetResult {
  readonly ruleSet: RuleSet;
  readonly recordedAt: string;
}

export interface PutRuleSet {
  readonly tenantId: string;
  readonly ruleSetId: string;
  readonly expectedVersion: number;
  readonly document: Readonly<Record<string, unknown>>;
  readonly actor: { readonly id: string; readonly role: string };
}

/**
 * Stores the next version of a tenant's rule set. The document is read by the engine's own parser (400 naming the
 * field), must belong to the caller's tenant and follow the version the writer saw (409 otherwise), and may not take
 * effect before today: a version reaching back would rewrite what earlier rules decided. The tenant's read model is
 * rebuilt after it, so obligations arising from the new effective date are judged by it.
 */
@Injectable()
export class PutRuleSetHandler {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(COMPLIANCE_OPTIONS) private readonly options: ComplianceOptions,
  ) {}

  async execute(command: PutRuleSet, now: Date = new Date()): Promise<PutRuleSetResult> {
    const { ruleSet, document } = this.parse(command);
    const today = calendarDateOf(now, this.options.timeZone);
    if (ruleSet.effectiveFrom < today) {
      throw invalid('ruleSet.effectiveFrom', `must not be before today (${today}): a new version never reaches back`);
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('audit.compliance_rule_sets'), hashtext($1))", [
        `${command.tenantId}/${command.ruleSetId}`,
      ]);
      const { rows } = await client.query<{ version: number }>(
        `SELECT coalesce(max(version), 0)::int AS version FROM audit.compliance_rule_sets
          WHERE tenant_id = $1 AND rule_set_id = $2`,
        [command.tenantId, command.ruleSetId],
      );
      const current = rows[0]?.version ?? 0;
      if (current !== command.expectedVersion) {
        throw auditError(
          'AUDIT.RULE_SET_VERSION_CONFLICT',
          'conflict',
          `Rule set ${command.ruleSetId} is at version ${current}, not ${command.expectedVersion}`,
          { ruleSetId: command.ruleSetId, currentVersion: current, expectedVersion: command.expectedVersion },
        );
      }
      const inserted = await client.query<{ recorded_at: Date }>(
        `INSERT INTO audit.compliance_rule_sets
           (tenant_id, rule_set_id, version, program_id, effective_from, document, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING recorded_at`,
        [
          command.tenantId,
          ruleSet.id,
          ruleSet.version,
          ruleSet.programId,
          ruleSet.effectiveFrom,
          // The document as written (the parser's input form), read back by the same parser.
          JSON.stringify(document),
          JSON.stringify(command.actor),
        ],
      );
      // The tenant's obligations are evaluated again under the new version (a missing checkpoint is a rebuild).
      await client.query('DELETE FROM audit.compliance_checkpoints WHERE tenant_id = $1', [command.tenantId]);
      await client.query('COMMIT');
      return { ruleSet, recordedAt: (inserted.rows[0]?.recorded_at ?? now).toISOString() };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private parse(command: PutRuleSet): { ruleSet: RuleSet; document: Readonly<Record<string, unknown>> } {
    const document = {
      ...command.document,
      id: command.document['id'] ?? command.ruleSetId,
      version: command.document['version'] ?? command.expectedVersion + 1,
      tenantId: command.document['tenantId'] ?? command.tenantId,
      programId: command.document['programId'] ?? null,
    };
    if (document.id !== command.ruleSetId) throw invalid('ruleSet.id', 'must be the id in the path');
    if (document.tenantId !== command.tenantId) throw invalid('ruleSet.tenantId', 'must be the caller’s tenant');
    if (document.version !== command.expectedVersion + 1) {
      throw invalid('ruleSet.version', `must be expectedVersion + 1 (${command.expectedVersion + 1})`);
    }
    try {
      return { ruleSet: parseRuleSet(document), document };
    } catch (error) {
      const { field, reason } = violationOf(error instanceof Error ? error.message : String(error));
      throw invalid(field, reason);
    }
  }
}

function invalid(field: string, reason: string) {
  return validationFailed([{ field, reasons: [reason] }]);
}

/**
 * The field and reason of the parser's message (`rule set: rule R1: fine.cents must be ...`), as a path under
 * `ruleSet` (`ruleSet.rules.R1.fine.cents`).
 */
export function violationOf(message: string): { field: string; reason: string } {
  const match = /^rule set: (?:rule ([^:]+): )?(.*)$/s.exec(message);
  if (!match) return { field: 'ruleSet', reason: message };
  const [, rule, rest = ''] = match;
  const base = rule === undefined ? 'ruleSet' : `ruleSet.rules.${rule}`;
  const space = rest.indexOf(' ');
  const head = space < 0 ? rest : rest.slice(0, space);
  // A reason about the whole (`must be an object`) names no field of its own.
  if (space < 0 || head === 'must' || head === 'is' || head === 'not') return { field: base, reason: rest };
  const field = head.startsWith('rules.') && rule === undefined ? `ruleSet.${head}` : `${base}.${head}`;
  return { field, reason: rest.slice(space + 1) };
}
