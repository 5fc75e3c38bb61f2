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
  /** For a compliance deadline: the agency's rule, what it concerns and the fine if it is missed (ADR 0038). */
  readonly compliance?: ComplianceDetail & { readonly deadlineId: string };
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
      return row.detail ? { compliance: { deadlineId: row.ref, ...row.detail } } : {};
    default: {
      const unknownKind: never = kind;
      throw new Error(`Unknown worklist kind ${String(unknownKind)}`);
    }
  }
}

const isKind = (kind: string): kind is WorklistKind => WORKLIST_KINDS.some((known) => known === kind);

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
  const items = rows.flatMap((row): WorklistItemView[] => {
    const kind = row.kind;
    if (!isKind(kind)) return [];
    const since = escalatedSince(kind, row.due_at, now);
    return [
      {
        caseId: row.case_id,
        caseManagerId: row.case_manager_id,
        kind,
        dueAt: row.due_at.toISOString(),
        overdueBy: overdueMinutes(row.due_at, now),
        satisfiedBy: SATISFIED_BY[kind],
        ...refsOf(kind, row),
        ...(since
          ? { escalation: { to: { role: 'supervisor', teamId: row.team_id }, since: since.toISOString() } }
          : {}),
      },
    ];
  });
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
