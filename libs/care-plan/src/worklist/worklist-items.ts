import type { SqlTransaction } from '@casemgmt/event-store';
import { CLOSED_STATUS } from '../shared/case-scope';
import type { WorklistKind } from './worklist-deadlines';

// The worklist's writes, each in the transaction of the consumer that handles the event. Items are keyed on
// (tenant, case, kind, ref): adding one that exists changes nothing, and settling one that is settled changes
// nothing, so an event handled twice has the effect of handling it once.

/** The case an event is about. */
export interface CaseKey {
  readonly tenantId: string;
  readonly caseId: string;
}

export interface NewItem extends CaseKey {
  readonly kind: WorklistKind;
  /** The plan, intervention, appointment or screening it is about; '' for the case itself. */
  readonly ref: string;
  readonly planId?: string;
  readonly goalId?: string;
  readonly dueAt: Date;
  /** When what calls for it happened: a contact satisfies a safety follow-up only at or after it. */
  readonly raisedAt: Date;
  /** Version of the stream whose event set the deadline: a renewal follows later versions only. */
  readonly streamVersion: number;
  /** Already done when it arrives, as what the case already had says. */
  readonly satisfiedBy?: { readonly event: string; readonly at: Date };
  /** What the list shows beside the deadline for some kinds (a compliance rule and its fine). */
  readonly detail?: object;
}

/** How an item leaves the list: done, or no longer asked for (plan ended, goal ended, case closed). */
export interface Settlement {
  readonly state: 'satisfied' | 'removed';
  readonly event: string;
  readonly at: Date;
}

/** Which of a case's open items a settlement is for; every one of them when nothing is named. */
export interface ItemFilter {
  readonly kind?: WorklistKind;
  readonly ref?: string;
  readonly planId?: string;
  readonly goalId?: string;
  /** Items raised no later than this instant. */
  readonly raisedBy?: Date;
}

// A closed case takes no new items: its open ones left the list with the closing, and an event of its plans or
// casework handled after that must not bring one back.
const INSERT_ITEM = `
INSERT INTO care_plan.worklist_items
  (tenant_id, case_id, kind, ref, plan_id, goal_id, due_at, raised_at, state, settled_by, settled_at, stream_version,
   detail)
SELECT $1::text, $2::text, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb
 WHERE NOT EXISTS (SELECT 1 FROM care_plan.cases
                    WHERE tenant_id = $1::text AND case_id = $2::text AND status = '${CLOSED_STATUS}')
ON CONFLICT (tenant_id, case_id, kind, ref) DO`;

function valuesOf(item: NewItem): unknown[] {
  return [
    item.tenantId,
    item.caseId,
    item.kind,
    item.ref,
    item.planId ?? null,
    item.goalId ?? null,
    item.dueAt,
    item.raisedAt,
    item.satisfiedBy ? 'satisfied' : 'open',
    item.satisfiedBy?.event ?? null,
    item.satisfiedBy?.at ?? null,
    item.streamVersion,
    item.detail ? JSON.stringify(item.detail) : null,
  ];
}

/** Puts an item on the list, unless it is there already (open or settled) or its case is closed. */
export async function addItem(tx: SqlTransaction, item: NewItem): Promise<void> {
  await tx.query(`${INSERT_ITEM} NOTHING`, valuesOf(item));
}

/**
 * Puts an item on the list with a new deadline, open again, in place of the one before (the next review after each
 * approval or review); an event of an earlier version of the stream than the one that set it changes nothing.
 */
export async function renewItem(tx: SqlTransaction, item: NewItem): Promise<void> {
  await tx.query(
    `${INSERT_ITEM} UPDATE
       SET due_at = EXCLUDED.due_at, raised_at = EXCLUDED.raised_at, state = EXCLUDED.state,
           settled_by = EXCLUDED.settled_by, settled_at = EXCLUDED.settled_at, stream_version = EXCLUDED.stream_version,
           detail = EXCLUDED.detail, changed_at = clock_timestamp()
     WHERE care_plan.worklist_items.stream_version < EXCLUDED.stream_version`,
    valuesOf(item),
  );
}

/** Takes the case's open items the filter names off the list, saying which event did and when. */
export async function settleItems(
  tx: SqlTransaction,
  key: CaseKey,
  filter: ItemFilter,
  settlement: Settlement,
): Promise<void> {
  const values: unknown[] = [key.tenantId, key.caseId, settlement.state, settlement.event, settlement.at];
  const conditions = ['tenant_id = $1', 'case_id = $2', "state = 'open'"];
  const where = (column: string, operator: string, value: unknown) => {
    values.push(value);
    conditions.push(`${column} ${operator} $${values.length}`);
  };
  if (filter.kind !== undefined) where('kind', '=', filter.kind);
  if (filter.ref !== undefined) where('ref', '=', filter.ref);
  if (filter.planId !== undefined) where('plan_id', '=', filter.planId);
  if (filter.goalId !== undefined) where('goal_id', '=', filter.goalId);
  if (filter.raisedBy !== undefined) where('raised_at', '<=', filter.raisedBy);
  await tx.query(
    `UPDATE care_plan.worklist_items SET state = $3, settled_by = $4, settled_at = $5, changed_at = clock_timestamp()
      WHERE ${conditions.join(' AND ')}`,
    values,
  );
}

/** What the case already had when an item arrives: its latest contact that reached someone, its first approval. */
export interface CaseFacts {
  readonly lastContactAt: Date | null;
  readonly planApprovedAt: Date | null;
}

export async function caseFactsOf(tx: SqlTransaction, key: CaseKey): Promise<CaseFacts> {
  const { rows } = await tx.query<{ last_contact_at: Date | null; plan_approved_at: Date | null }>(
    'SELECT last_contact_at, plan_approved_at FROM care_plan.worklist_cases WHERE tenant_id = $1 AND case_id = $2',
    [key.tenantId, key.caseId],
  );
  return { lastContactAt: rows[0]?.last_contact_at ?? null, planApprovedAt: rows[0]?.plan_approved_at ?? null };
}

/** Keeps the case's first approval of a plan. */
export async function noteApproval(tx: SqlTransaction, key: CaseKey, approvedAt: Date): Promise<void> {
  await tx.query(
    `INSERT INTO care_plan.worklist_cases (tenant_id, case_id, plan_approved_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, case_id) DO UPDATE
       SET plan_approved_at = LEAST(care_plan.worklist_cases.plan_approved_at, EXCLUDED.plan_approved_at)`,
    [key.tenantId, key.caseId, approvedAt],
  );
}

/** A contact that reached someone, as the worklist takes it: its case, when it happened, and its place in the run. */
export interface ContactMade extends CaseKey {
  readonly occurredAt: Date;
}

/**
 * A run of contacts in three statements, with exactly the effect of taking them one by one in order: the case's
 * latest contact kept, its first-contact item settled by the first of them, and each open safety follow-up by the
 * first of them that happened at or after the flag. What a rebuild of the list spends most of its time on.
 */
export async function settleByContacts(tx: SqlTransaction, contacts: readonly ContactMade[]): Promise<void> {
  if (contacts.length === 0) return;
  const values = [
    contacts.map((contact) => contact.tenantId),
    contacts.map((contact) => contact.caseId),
    contacts.map((contact) => contact.occurredAt),
    contacts.map((_, index) => index),
  ];
  const run = 'unnest($1::text[], $2::text[], $3::timestamptz[], $4::int[]) AS x(t, c, a, n)';
  await tx.query(
    `INSERT INTO care_plan.worklist_cases (tenant_id, case_id, last_contact_at)
     SELECT t, c, max(a) FROM ${run} GROUP BY t, c
     ON CONFLICT (tenant_id, case_id) DO UPDATE
       SET last_contact_at = GREATEST(care_plan.worklist_cases.last_contact_at, EXCLUDED.last_contact_at)`,
    values,
  );
  await tx.query(
    `UPDATE care_plan.worklist_items i
        SET state = 'satisfied', settled_by = 'ContactRecorded', settled_at = f.a, changed_at = clock_timestamp()
       FROM (SELECT DISTINCT ON (t, c) t, c, a FROM ${run} ORDER BY t, c, n) f
      WHERE i.tenant_id = f.t AND i.case_id = f.c AND i.kind = 'first_contact' AND i.state = 'open'`,
    values,
  );
  // Driven from the run into each case's open follow-ups (the primary key's range), never over every open item.
  await tx.query(
    `UPDATE care_plan.worklist_items i
        SET state = 'satisfied', settled_by = 'ContactRecorded', settled_at = s.a, changed_at = clock_timestamp()
       FROM (SELECT DISTINCT ON (w.tenant_id, w.case_id, w.ref) w.tenant_id, w.case_id, w.ref, x.a
               FROM ${run}
               JOIN care_plan.worklist_items w
                 ON w.tenant_id = x.t AND w.case_id = x.c AND w.kind = 'safety_follow_up' AND w.state = 'open'
                AND x.a >= w.raised_at
              ORDER BY w.tenant_id, w.case_id, w.ref, x.n) s
      WHERE i.tenant_id = s.tenant_id AND i.case_id = s.case_id AND i.kind = 'safety_follow_up' AND i.ref = s.ref`,
    values,
  );
}
