import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import type { CarePlanAccessLog } from '../../shared/care-plan-access-log';
import type { ComplianceDetail } from '../compliance-events';
import { escalatedSince, overdueMinutes, SATISFIED_BY, WORKLIST_KINDS, type WorklistKind } from '../worklist-deadlines';

/**
 * An overdue item passed up to the supervisors of the case's team (a referral the provider has not answered in
 * time): to whom, and since when.
 */
export interface WorklistEscalation {
  /** The supervisors of the case's team: a role and a team, as the token names them, not a person. */
  readonly to: { readonly role: 'supervisor'; readonly teamId: string };
  /** The instant the item fell due. */
  readonly since: string;
}

/** An item as a worklist answers it: what is to be done on which case, and by when; nothing about the client. */
export interface WorklistItemView {
  readonly caseId: string;
  /** Who works the case now; null while it waits for an assignment (then only the team's list shows it). */
  readonly caseManagerId: string | null;
  readonly kind: WorklistKind;
  readonly dueAt: string;
  /** Whole minutes past `dueAt`; 0 until then. */
  readonly overdueBy: number;
  readonly satisfiedBy: string;
  readonly planId?: string;
  readonly interventionId?: string;
  readonly appointmentId?: string;
  readonly screeningId?: string;
  readonly referralId?: string;
  /**
   * For a compliance deadline, or an item a rule's deadline stands for: the agency's rule, what it concerns, when it
   * falls due and the fine if it is missed (ADR 0038).
   */
  readonly compliance?: WorklistCompliance;
  /** Present once an item of a kind that escalates is overdue: to whom it went, and since when. */
  readonly escalation?: WorklistEscalation;
}

export interface Worklist {
  /** The instant `overdueBy` is counted at. */
  readonly asOf: string;
  /** Overdue first (longest overdue first), then soonest due. */
  readonly items: readonly WorklistItemView[];
}

interface ItemRow extends Record<string, unknown> {
  readonly case_id: string;
  readonly case_manager_id: string | null;
  readonly team_id: string;
  readonly kind: string;
  readonly ref: string;
  readonly plan_id: string | null;
  readonly due_at: Date;
  readonly detail: ComplianceDetail | null;
}

/** A compliance deadline as the list shows it. */
export interface WorklistCompliance extends Omit<ComplianceDetail, 'worklistItem'> {
  readonly deadlineId: string;
  readonly dueAt: string;
}

/** Whose items: a case manager's cases, or a team's. */
export type WorklistOwner = { readonly caseManagerId: string } | { readonly teamId: string };

function refsOf(kind: WorklistKind, row: ItemRow): Partial<WorklistItemView> {
  switch (kind) {
    case 'first_contact':
    case 'plan_approval':
      return {};
    case 'plan_review':
      return { planId: row.ref };
    case 'intervention_due':
      return { ...(row.plan_id ? { planId: row.plan_id } : {}), interventionId: row.ref };
    case 'missed_appointment_follow_up':
      return { appointmentId: row.ref };
    case 'safety_follow_up':
      return { screeningId: row.ref };
    case 'referral_answer':
    case 'referral_follow_up':
      return { referralId: row.ref };
    case 'compliance_deadline':
      return row.detail ? { compliance: complianceOf(row, row.detail) } : {};
    default: {
      const unknownKind: never = kind;
      throw new Error(`Unknown worklist kind ${String(unknownKind)}`);
    }
  }
}

const isKind = (kind: string): kind is WorklistKind => WORKLIST_KINDS.some((known) => known === kind);

function complianceOf(row: ItemRow, detail: ComplianceDetail): WorklistCompliance {
  const { worklistItem: _standsFor, ...shown } = detail;
  return { deadlineId: row.ref, ...shown, dueAt: row.due_at.toISOString() };
}

/** A row of the list with the compliance deadline folded into it, if one was. */
export interface FoldedRow<Row> {
  readonly row: Row;
  readonly deadline?: Row;
}

/**
 * One item where the agency's rules and the program ask the same thing (ADR 0038): a compliance deadline whose rule
 * names the item it stands for (R1 `first_contact`) joins that open item of its case, the program's, about the same
 * thing (the plan or referral the deadline concerns; the case itself when it concerns nothing). A deadline with no
 * such open item (the program's was done another way, or the rule names none) stays an item of its own. Pure.
 */
export function foldComplianceDeadlines<
  Row extends { case_id: string; kind: string; ref: string; detail: ComplianceDetail | null },
>(rows: readonly Row[]): FoldedRow<Row>[] {
  const open = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.kind !== 'compliance_deadline') open.set(`${row.case_id}/${row.kind}/${row.ref}`, index);
  });
  const folded = new Map<number, Row>();
  const taken = new Set<number>();
  rows.forEach((row, index) => {
    const standsFor = row.kind === 'compliance_deadline' ? row.detail?.worklistItem : undefined;
    if (standsFor === undefined) return;
    const target = open.get(`${row.case_id}/${standsFor}/${row.detail?.concerns ?? ''}`);
    if (target === undefined || folded.has(target)) return;
    folded.set(target, row);
    taken.add(index);
  });
  return rows.flatMap((row, index) => {
    if (taken.has(index)) return [];
    const deadline = folded.get(index);
    return [deadline ? { row, deadline } : { row }];
  });
}

/**
 * The open items of the owner's cases as they stand now: the case's team and case manager come from care plan's
 * view of the case, so an assignment or a transfer moves its items. Sorted by the due instant, which puts the
 * longest overdue first and then the soonest due. An escalated item stays on the case manager's list, saying so, and
 * shows on the team's for its supervisors.
 */
export async function readWorklist(pool: Pool, tenantId: string, owner: WorklistOwner, now: Date): Promise<Worklist> {
  const [column, value] = 'teamId' in owner ? ['team_id', owner.teamId] : ['case_manager_id', owner.caseManagerId];
  const { rows } = await pool.query<ItemRow>(
    // From the owner's cases to each one's open items (LATERAL): an 80-case list reads 80 short index ranges, whatever
    // the planner's statistics say; joined the other way, stale statistics after a bulk load read every open item of
    // the tenant.
    `SELECT c.case_id, c.case_manager_id, c.team_id, i.kind, i.ref, i.plan_id, i.due_at, i.detail
       FROM care_plan.cases c
       CROSS JOIN LATERAL (
         SELECT kind, ref, plan_id, due_at, detail FROM care_plan.worklist_items w
          WHERE w.tenant_id = c.tenant_id AND w.case_id = c.case_id AND w.state = 'open'
       ) i
      WHERE c.tenant_id = $1 AND c.${column} = $2
      ORDER BY i.due_at, c.case_id, i.kind, i.ref`,
    [tenantId, value],
  );
  // An escalation is derived here, from the due instant and the clock, as `overdueBy` is, rather than stored: nothing
  // happens at the deadline (a referral escalates by the absence of an answer), so there is no event to store it by
  // and no timer to run. It stays on its case's one row, so a transfer takes it to the other team's supervisors at
  // once; it is addressed to the team's supervisors (role and team), since care plan knows supervisors only by their
  // tokens' claims, and the team's list is the one they already read, now telling them which items are theirs.
  const items = foldComplianceDeadlines(rows)
    .flatMap(({ row, deadline }): WorklistItemView[] => {
      const kind = row.kind;
      if (!isKind(kind)) return [];
      // Folded, the item is due by the earlier of the program's target and the rule's deadline.
      const dueAt = deadline && deadline.due_at < row.due_at ? deadline.due_at : row.due_at;
      const since = escalatedSince(kind, row.due_at, now);
      return [
        {
          caseId: row.case_id,
          caseManagerId: row.case_manager_id,
          kind,
          dueAt: dueAt.toISOString(),
          overdueBy: overdueMinutes(dueAt, now),
          satisfiedBy: SATISFIED_BY[kind],
          ...refsOf(kind, row),
          ...(deadline?.detail ? { compliance: complianceOf(deadline, deadline.detail) } : {}),
          ...(since
            ? { escalation: { to: { role: 'supervisor', teamId: row.team_id }, since: since.toISOString() } }
            : {}),
        },
      ];
    })
    // Folding may bring an item's due time forward: overdue first, then soonest due, as the query ordered them.
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return { asOf: now.toISOString(), items };
}

/**
 * A worklist read is one record of the access log, naming whose list it was (the case manager or the team): the
 * list shows case ids, kinds and deadlines, nothing of a client's record, and a record per listed case made each
 * read of an 80-case list 80 appends (a p99 of a second under load, where the issue asks 50 ms).
 */
export async function recordWorklistRead(
  accessLog: CarePlanAccessLog,
  context: RequestContext,
  owner: WorklistOwner,
  view: string,
  role: string,
): Promise<void> {
  const ownerId = 'teamId' in owner ? owner.teamId : owner.caseManagerId;
  await accessLog.listed(context, { subject: 'worklist', ownerId, view, role });
}
