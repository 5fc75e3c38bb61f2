import type { QueryResult } from 'pg';
import { complianceEventOf, type ComplianceEvent, type ComplianceSource } from '../compliance/compliance-event';
import { evaluateCase, type CaseEvaluation, type ComplianceClock } from '../compliance/evaluate-case';
import type { RuleSet } from '../compliance/rule-set';
import type { Queryable } from '../compliance-rules/stored-rule-sets';
import { caseFactsOf, type CaseFacts } from './case-facts';

/** How a tenant's (or one case's) entries are evaluated. */
export interface TenantEvaluationOptions {
  readonly tenantId: string;
  readonly clock: ComplianceClock;
  /** The instant of evaluation. */
  readonly at: Date;
  /** The agency's IANA time zone. */
  readonly timeZone: string;
  /** Every rule set version that may apply (the default set included). */
  readonly ruleSets: readonly RuleSet[];
  /** Entries read per query (default 5,000): memory stays bounded by a page and the largest case. */
  readonly pageSize?: number;
}

/** One case's evaluation, with its program and case manager and how many of its events were read. */
export interface TenantCaseEvaluation extends CaseEvaluation, CaseFacts {
  readonly caseId: string;
  readonly events: number;
}

interface EntryRow extends Record<string, unknown> {
  readonly sequence: string;
  readonly event_id: string;
  readonly published_type: string;
  readonly occurred_at: Date;
  readonly recorded_at: Date;
  readonly case_id: string;
  readonly actor: unknown;
  readonly event: unknown;
}

// The audit service's own records (reads of the trail) are not events of the case the rules judge.
// Only what the rules read: the chain's hashes and stream positions stay in the database.
const ENTRY_COLUMNS = 'sequence, event_id::text, published_type, occurred_at, recorded_at, case_id, actor, event';
const CASE_FILTER = `tenant_id = $1 AND case_id IS NOT NULL AND service <> 'audit'
  AND ($2::timestamptz IS NULL OR recorded_at <= $2)`;

/**
 * Streams a tenant's chain case by case (keyset pages ordered by case, then chain order) and yields each case's
 * evaluation: what a tenant-wide report on the `known` clock and an export read, in constant memory. Only entries
 * that name a case are read; on the `known` clock only those recorded by its date.
 */
export async function* evaluateTenant(
  db: Queryable,
  options: TenantEvaluationOptions,
): AsyncGenerator<TenantCaseEvaluation, void, undefined> {
  const pageSize = options.pageSize ?? 5_000;
  const knownBy = options.clock.kind === 'known' ? options.clock.on : null;
  // A page starts after the last entry of the one before it.
  const pageAfter = (afterCaseId: string | null, afterSequence: string): Promise<QueryResult<EntryRow>> => {
    const page = db.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM audit.entries
        WHERE ${CASE_FILTER} AND ($3::text IS NULL OR (case_id, sequence) > ($3, $4::bigint))
        ORDER BY case_id, sequence LIMIT $5`,
      [options.tenantId, knownBy, afterCaseId, afterSequence, pageSize],
    );
    // Awaited below; until then a failure must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  let caseId: string | null = null;
  let events: ComplianceEvent[] = [];
  let next: Promise<QueryResult<EntryRow>> | null = pageAfter(null, '0');
  try {
    while (next) {
      const { rows }: QueryResult<EntryRow> = await next;
      // The next page is read while this one is evaluated: the database and the rules work at the same time, and
      // at most two pages are held.
      const last: EntryRow | undefined = rows.at(-1);
      next = last && rows.length >= pageSize ? pageAfter(last.case_id, last.sequence) : null;
      for (const row of rows) {
        if (row.case_id !== caseId) {
          if (caseId !== null) yield evaluateCaseEvents(caseId, events, options);
          caseId = row.case_id;
          events = [];
        }
        events.push(complianceEventOf(entryOf(row)));
      }
    }
  } finally {
    // A reader that stopped early leaves no query running behind it.
    await next?.catch(() => undefined);
  }
  if (caseId !== null) yield evaluateCaseEvents(caseId, events, options);
}

/** One case's evaluation from its entries, or null when nothing names the case (by the `known` clock's date). */
export async function evaluateStoredCase(
  db: Queryable,
  caseId: string,
  options: TenantEvaluationOptions,
): Promise<TenantCaseEvaluation | null> {
  const { rows } = await db.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.entries WHERE ${CASE_FILTER} AND case_id = $3 ORDER BY sequence`,
    [options.tenantId, options.clock.kind === 'known' ? options.clock.on : null, caseId],
  );
  if (rows.length === 0) return null;
  const events = rows.map((row) => complianceEventOf(entryOf(row)));
  return evaluateCaseEvents(caseId, events, options);
}

/** A case's evaluation from its events in chain order: its program chooses the program's rule sets. */
export function evaluateCaseEvents(
  caseId: string,
  events: readonly ComplianceEvent[],
  options: TenantEvaluationOptions,
): TenantCaseEvaluation {
  const facts = caseFactsOf(
    options.clock.kind === 'known' ? events.filter((event) => event.recordedAt <= knownOn(options.clock)) : events,
  );
  const evaluation = evaluateCase({
    tenantId: options.tenantId,
    programId: facts.programId,
    ruleSets: options.ruleSets,
    events,
    timeZone: options.timeZone,
    clock: options.clock,
    at: options.at,
  });
  return { caseId, ...facts, ...evaluation, events: events.length };
}

function knownOn(clock: ComplianceClock): Date {
  return clock.kind === 'known' ? clock.on : new Date(8.64e15);
}

function entryOf(row: EntryRow): ComplianceSource {
  return {
    eventId: row.event_id,
    publishedType: row.published_type,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: row.actor,
    event: row.event,
  };
}
