import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { Obligation } from '../compliance/obligation';
import type { RuleSet } from '../compliance/rule-set';
import { ruleSetsOfTenant } from '../compliance-rules/stored-rule-sets';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from './compliance-options';
import { evaluateStoredCase, evaluateTenant, type TenantCaseEvaluation } from './evaluate-tenant';
import { obligationRowOf } from './obligation-row';

/** Injection token of an optional {@link ComplianceEvaluationListener}. */
export const COMPLIANCE_EVALUATION_LISTENER = Symbol('COMPLIANCE_EVALUATION_LISTENER');

/**
 * Told of each case the evaluator has evaluated, after its obligations are stored (committed): the seam through
 * which other read models (the worklist's feed of obligations at risk) follow compliance. The evaluator goes on at
 * once; the promise tells it how the listener's work ended: resolved when done (or made moot by a later evaluation
 * of the case), rejected when it failed, in which case the case is evaluated and told again within a lease.
 */
export interface ComplianceEvaluationListener {
  onCaseEvaluated(tenantId: string, caseId: string, obligations: readonly Obligation[]): Promise<void>;
}

// Entries of the chain read per incremental batch (one transaction).
const BATCH_ENTRIES = 1_000;
// Cases due for review read per pass (time alone changed them, or their listener's work is unconfirmed); they are
// evaluated a few per transaction, and a pass stops once its time slice is spent, so that a new entry of the chain
// waits for one slice at most even when every case of a tenant falls due at once (a month begins).
const REVIEW_BATCH = 200;
const REVIEW_CHUNK = 25;
const REVIEW_SLICE_MS = 100;
// How long a listener has to confirm a case before the case is evaluated and told again.
export const LISTENER_LEASE_MS = 60_000;

/** A case evaluated and stored, and when it is to be evaluated again unless its listener confirms it first. */
interface StoredEvaluation {
  readonly evaluation: TenantCaseEvaluation;
  readonly reviewAt: Date | null;
}

/**
 * Keeps `audit.compliance_obligations` current under the occurred clock: follows each tenant's chain by sequence
 * from its checkpoint, evaluates the cases the new entries name (all of each case's entries, at now) and replaces
 * their rows and the checkpoint in one transaction. A tenant without a checkpoint (new, or a rule set changed) is
 * rebuilt in one transaction. Chain sequences commit in order per tenant (appends hold the tenant's lock), so a
 * checkpoint never skips an entry. Several instances share the work by a per-tenant lock.
 */
@Injectable()
export class ComplianceEvaluator {
  private readonly logger = new Logger('ComplianceEvaluator');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closing = false;
  // The listener's answers still awaited, confirmed in the reviews table as they come.
  private readonly settling = new Set<Promise<void>>();

  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(COMPLIANCE_OPTIONS) private readonly options: ComplianceOptions,
    @Optional() @Inject(COMPLIANCE_EVALUATION_LISTENER) private readonly listener?: ComplianceEvaluationListener,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.listenerSettled();
  }

  /** Resolves once every case told to the listener so far is confirmed or has failed (for specs, and shutdown). */
  async listenerSettled(): Promise<void> {
    while (this.settling.size > 0) await Promise.allSettled([...this.settling]);
  }

  /**
   * Resolves once every tenant's obligations reflect the chain as it stood when called (for specs, and a report
   * that must not be behind). Rejects after `timeoutMs`.
   */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const heads = await this.tenantHeads();
    for (;;) {
      const { rows } = await this.pool.query<{ tenant_id: string; sequence: string }>(
        'SELECT tenant_id, sequence::text FROM audit.compliance_checkpoints',
      );
      const reached = new Map(rows.map((row) => [row.tenant_id, BigInt(row.sequence)]));
      const behind = heads.filter((head) => (reached.get(head.tenant_id) ?? -1n) < BigInt(head.head));
      if (behind.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`compliance is behind the chain of ${behind.map((head) => head.tenant_id).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * One pass: every tenant that has entries beyond its checkpoint, then a batch of the cases due for review. Answers
   * whether more cases are due, so that the next pass follows at once.
   */
  async evaluatePending(now: () => Date = () => new Date()): Promise<boolean> {
    const rows = await this.tenantHeads();
    for (const row of rows) {
      if (this.closing) return false;
      if (row.checkpoint !== null && BigInt(row.checkpoint) >= BigInt(row.head)) continue;
      if (row.checkpoint === null) await this.rebuild(row.tenant_id, now);
      else await this.advance(row.tenant_id, now);
    }
    return this.closing ? false : this.review(now);
  }

  // Each tenant's last sequence and checkpoint: distinct tenants by skipping along the primary key, then each one's
  // head, index lookups rather than a scan of the chain.
  private async tenantHeads(): Promise<{ tenant_id: string; head: string; checkpoint: string | null }[]> {
    const { rows } = await this.pool.query<{ tenant_id: string; head: string; checkpoint: string | null }>(
      `WITH RECURSIVE tenants AS (
         (SELECT tenant_id FROM audit.entries ORDER BY tenant_id LIMIT 1)
         UNION ALL
         SELECT (SELECT e.tenant_id FROM audit.entries e WHERE e.tenant_id > t.tenant_id ORDER BY e.tenant_id LIMIT 1)
           FROM tenants t WHERE t.tenant_id IS NOT NULL)
       SELECT t.tenant_id,
              (SELECT max(sequence) FROM audit.entries e WHERE e.tenant_id = t.tenant_id)::text AS head,
              c.sequence::text AS checkpoint
         FROM tenants t LEFT JOIN audit.compliance_checkpoints c ON c.tenant_id = t.tenant_id
        WHERE t.tenant_id IS NOT NULL`,
    );
    return rows;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.evaluatePending()
        .catch((error: unknown) => {
          this.logger.error(`compliance evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        })
        .then((more) => {
          this.running = null;
          if (!this.closing) this.schedule(more ? 0 : this.options.pollIntervalMs);
        });
    }, delayMs);
  }

  // The cases named by the entries after the checkpoint, a batch at a time, each batch in one transaction.
  private async advance(tenantId: string, now: () => Date): Promise<void> {
    for (;;) {
      const done = await this.inTenantTransaction(tenantId, async (client) => {
        const { rows: checkpoints } = await client.query<{ sequence: string }>(
          'SELECT sequence::text FROM audit.compliance_checkpoints WHERE tenant_id = $1',
          [tenantId],
        );
        const from = checkpoints[0]?.sequence;
        // Dropped meanwhile (a rule set changed): the next pass rebuilds the tenant.
        if (from === undefined) return { evaluated: [], more: false };
        const { rows } = await client.query<{ sequence: string; case_id: string | null; service: string }>(
          // Ordered by the column: `ORDER BY sequence` would name the text of the select list, which sorts '1000'
          // before '901', and a full batch would then move the checkpoint past entries it had not read.
          `SELECT e.sequence::text, e.case_id, e.service FROM audit.entries e
            WHERE e.tenant_id = $1 AND e.sequence > $2 ORDER BY e.sequence LIMIT $3`,
          [tenantId, from, BATCH_ENTRIES],
        );
        const last = rows.at(-1);
        if (!last) return { evaluated: [], more: false };
        const cases = new Set<string>();
        for (const row of rows) if (row.case_id !== null && row.service !== 'audit') cases.add(row.case_id);
        const ruleSets = cases.size === 0 ? [] : await ruleSetsOfTenant(client, tenantId);
        const evaluated = await this.evaluateCases(client, tenantId, cases, ruleSets, now);
        await this.saveCheckpoint(client, tenantId, last.sequence, now());
        return { evaluated, more: rows.length === BATCH_ENTRIES };
      });
      if (done === null) return;
      this.tell(tenantId, done.evaluated);
      if (!done.more || this.closing) return;
    }
  }

  // Every case of the tenant evaluated again from its entries and swapped in one transaction, so a report never
  // sees half a rebuild; the checkpoint is the head seen before the first case was read, so what is appended
  // meanwhile is evaluated again after.
  private async rebuild(tenantId: string, now: () => Date): Promise<void> {
    const evaluated: StoredEvaluation[] = [];
    const done = await this.inTenantTransaction(tenantId, async (client) => {
      const { rows } = await client.query<{ head: string | null }>(
        'SELECT max(sequence)::text AS head FROM audit.entries WHERE tenant_id = $1',
        [tenantId],
      );
      const head = rows[0]?.head ?? '0';
      const ruleSets = await ruleSetsOfTenant(client, tenantId);
      await client.query('DELETE FROM audit.compliance_obligations WHERE tenant_id = $1', [tenantId]);
      await client.query('DELETE FROM audit.compliance_reviews WHERE tenant_id = $1', [tenantId]);
      for await (const evaluation of evaluateTenant(this.pool, this.evaluationOf(tenantId, ruleSets, now()))) {
        const stored = await this.replaceCase(client, tenantId, evaluation, ruleSets, now());
        // Held for the listener only: a tenant's evaluations are many.
        if (this.listener) evaluated.push(stored);
        if (this.closing) throw new Error('compliance rebuild interrupted by shutdown');
      }
      await this.saveCheckpoint(client, tenantId, head, now());
    });
    if (done !== null) this.tell(tenantId, evaluated);
  }

  // Cases whose review is due (a rebuilding tenant's wait for its rebuild), a few per transaction, for one time
  // slice; answers whether any may be left.
  private async review(now: () => Date): Promise<boolean> {
    const { rows } = await this.pool.query<{ tenant_id: string; case_id: string }>(
      `SELECT r.tenant_id, r.case_id FROM audit.compliance_reviews r
         JOIN audit.compliance_checkpoints c ON c.tenant_id = r.tenant_id
        WHERE r.review_at <= $1 ORDER BY r.review_at LIMIT $2`,
      [now(), REVIEW_BATCH],
    );
    const started = Date.now();
    const byTenant = new Map<string, string[]>();
    for (const row of rows) byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), row.case_id]);
    for (const [tenantId, cases] of byTenant) {
      for (let first = 0; first < cases.length; first += REVIEW_CHUNK) {
        if (this.closing) return false;
        const chunk = cases.slice(first, first + REVIEW_CHUNK);
        const evaluated = await this.inTenantTransaction(tenantId, async (client) =>
          this.evaluateCases(client, tenantId, chunk, await ruleSetsOfTenant(client, tenantId), now),
        );
        if (evaluated !== null) this.tell(tenantId, evaluated);
        // The rest are still due: the next pass, after the chain's new entries, takes them.
        if (Date.now() - started >= REVIEW_SLICE_MS) return true;
      }
    }
    return rows.length === REVIEW_BATCH;
  }

  // Cases of a tenant evaluated again from their entries and stored, in the caller's transaction.
  private async evaluateCases(
    client: PoolClient,
    tenantId: string,
    cases: Iterable<string>,
    ruleSets: readonly RuleSet[],
    now: () => Date,
  ): Promise<StoredEvaluation[]> {
    const evaluated: StoredEvaluation[] = [];
    for (const caseId of cases) {
      const evaluation = await evaluateStoredCase(client, caseId, this.evaluationOf(tenantId, ruleSets, now()));
      if (evaluation) evaluated.push(await this.replaceCase(client, tenantId, evaluation, ruleSets, now()));
      else await this.scheduleReview(client, tenantId, caseId, null);
    }
    return evaluated;
  }

  private evaluationOf(tenantId: string, ruleSets: readonly RuleSet[], at: Date) {
    return { tenantId, clock: { kind: 'occurred' } as const, at, timeZone: this.options.timeZone, ruleSets };
  }

  private async replaceCase(
    client: PoolClient,
    tenantId: string,
    evaluation: TenantCaseEvaluation,
    ruleSets: readonly RuleSet[],
    evaluatedAt: Date,
  ): Promise<StoredEvaluation> {
    // Due again when time alone changes it, or when the listener has not confirmed it within its lease.
    const lease = this.listener ? evaluatedAt.getTime() + LISTENER_LEASE_MS : Infinity;
    const next = Math.min(lease, evaluation.changesAt?.getTime() ?? Infinity);
    const reviewAt = Number.isFinite(next) ? new Date(next) : null;
    await this.scheduleReview(client, tenantId, evaluation.caseId, reviewAt);
    await client.query('DELETE FROM audit.compliance_obligations WHERE tenant_id = $1 AND case_id = $2', [
      tenantId,
      evaluation.caseId,
    ]);
    if (evaluation.obligations.length === 0) return { evaluation, reviewAt };
    const rows = evaluation.obligations.map((obligation) =>
      obligationRowOf(evaluation.caseId, evaluation, obligation, ruleSets),
    );
    await client.query(
      `INSERT INTO audit.compliance_obligations (tenant_id, case_id, program_id, team_id, worker_id, rule_id, kind, concerns,
         arisen_from, arose_at, due_at, status, met_at, met_by, late_by_ms, overdue_by_ms, ended_by, fine_cents,
         fine_at_risk_cents, rule_set_id, rule_set_version, evaluated_at)
       SELECT $1, r.* , $2 FROM jsonb_to_recordset($3::jsonb) AS r(
         "caseId" text, "programId" text, "teamId" text, "workerId" text, "ruleId" text, kind text, concerns text,
         "arisenFrom" text, "aroseAt" timestamptz, "dueAt" timestamptz, status text, "metAt" timestamptz,
         "metBy" text, "lateByMs" bigint, "overdueByMs" bigint, "endedBy" text, "fineCents" bigint,
         "fineAtRiskCents" bigint, "ruleSetId" text, "ruleSetVersion" integer)`,
      [tenantId, evaluatedAt, JSON.stringify(rows)],
    );
    return { evaluation, reviewAt };
  }

  private async scheduleReview(
    client: PoolClient,
    tenantId: string,
    caseId: string,
    reviewAt: Date | null,
  ): Promise<void> {
    if (reviewAt === null) {
      await client.query('DELETE FROM audit.compliance_reviews WHERE tenant_id = $1 AND case_id = $2', [
        tenantId,
        caseId,
      ]);
      return;
    }
    await client.query(
      `INSERT INTO audit.compliance_reviews (tenant_id, case_id, review_at) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, case_id) DO UPDATE SET review_at = excluded.review_at`,
      [tenantId, caseId, reviewAt],
    );
  }

  private async saveCheckpoint(client: PoolClient, tenantId: string, sequence: string, at: Date): Promise<void> {
    await client.query(
      `INSERT INTO audit.compliance_checkpoints (tenant_id, sequence, evaluated_at) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET sequence = excluded.sequence, evaluated_at = excluded.evaluated_at`,
      [tenantId, sequence, at],
    );
  }

  // Runs `work` in a transaction holding the tenant's evaluation lock; null when another instance holds it.
  private async inTenantTransaction<T>(tenantId: string, work: (client: PoolClient) => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_xact_lock(hashtext('audit.compliance'), hashtext($1)) AS locked",
        [tenantId],
      );
      if (!rows[0]?.locked) {
        await client.query('ROLLBACK');
        return null;
      }
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  // Tells the listener of each case and goes on; a confirmed case is next due when time alone changes it, unless a
  // later evaluation has rescheduled it meanwhile (the review still holds the instant this one wrote).
  private tell(tenantId: string, evaluated: readonly StoredEvaluation[]): void {
    const listener = this.listener;
    if (!listener) return;
    for (const { evaluation, reviewAt } of evaluated) {
      const { caseId, changesAt } = evaluation;
      const settled = listener
        .onCaseEvaluated(tenantId, caseId, evaluation.obligations)
        .then(async () => {
          if (reviewAt === null || changesAt?.getTime() === reviewAt.getTime()) return;
          await this.pool.query(
            changesAt === null
              ? 'DELETE FROM audit.compliance_reviews WHERE tenant_id = $1 AND case_id = $2 AND review_at = $3'
              : `UPDATE audit.compliance_reviews SET review_at = $4
                  WHERE tenant_id = $1 AND case_id = $2 AND review_at = $3`,
            changesAt === null ? [tenantId, caseId, reviewAt] : [tenantId, caseId, reviewAt, changesAt],
          );
        })
        .catch((error: unknown) => {
          this.logger.warn(
            `a compliance listener failed on a case; it is told again by ${reviewAt?.toISOString() ?? 'its next evaluation'}: ` +
              (error instanceof Error ? error.message : String(error)),
          );
        })
        .finally(() => this.settling.delete(settled));
      this.settling.add(settled);
    }
  }
}
