import { calendarDateOf } from '@casemgmt/kernel';
import type { ObligationStatus } from '../../compliance/obligation';
import type { ObligationRow } from '../../compliance-read-model/obligation-row';

export const REPORT_GROUPINGS = ['tenant', 'program', 'team', 'worker', 'case', 'month', 'rule'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** What a report counts of one group's obligations. Violations are the violated and the late-met, both fined. */
export interface ReportGroup {
  /** The tenant, program, team, case manager, case, month (`YYYY-MM` of the due date) or rule; null when unknown. */
  readonly key: string | null;
  readonly obligations: number;
  readonly violations: number;
  readonly violated: number;
  readonly metLate: number;
  /** The fines of the violations, in cents (USD). */
  readonly fineCents: number;
  readonly met: number;
  readonly pending: number;
  readonly cancelled: number;
}

/** Which obligations a report counts: due within a period of the agency's calendar, of a program, worker or case. */
export interface ReportFilter {
  /** The first instant of the first day, and the last instant of the last day, in the agency's time zone. */
  readonly dueFrom: Date;
  readonly dueTo: Date;
  readonly programId?: string;
  readonly teamId?: string;
  readonly workerId?: string;
  readonly caseId?: string;
}

/**
 * The instant by which periods and months count an obligation due. A deadline is due at its instant. A month's window
 * closes as the next month begins: its last instant is in the month itself, so November's contact is due in
 * November, not on the 1st of December.
 */
export function countedDueOf(row: Pick<ObligationRow, 'kind' | 'dueAt'>): number {
  const due = Date.parse(row.dueAt);
  return row.kind === 'recurring' ? due - 1 : due;
}

/**
 * {@link countedDueOf} within a period (`$2` to `$3`), over the read model's rows: the range on `due_at` first, for its
 * index, then the counted instant.
 */
export const DUE_WITHIN_PERIOD_SQL = `due_at >= $2 AND due_at <= $3::timestamptz + interval '1 millisecond'
  AND due_at - CASE WHEN kind = 'recurring' THEN interval '1 millisecond' ELSE interval '0' END BETWEEN $2 AND $3`;

/** Does a report with this filter count the row? */
export function isReported(row: ObligationRow, filter: ReportFilter): boolean {
  const due = countedDueOf(row);
  return (
    due >= filter.dueFrom.getTime() &&
    due <= filter.dueTo.getTime() &&
    (filter.programId === undefined || row.programId === filter.programId) &&
    (filter.teamId === undefined || row.teamId === filter.teamId) &&
    (filter.workerId === undefined || row.workerId === filter.workerId) &&
    (filter.caseId === undefined || row.caseId === filter.caseId)
  );
}

type Counts = { -readonly [K in keyof Omit<ReportGroup, 'key'>]: number };

const STATUS_COUNT: Record<ObligationStatus, keyof Counts> = {
  met: 'met',
  met_late: 'metLate',
  violated: 'violated',
  pending: 'pending',
  cancelled: 'cancelled',
};

/** Counts obligation rows into groups as they stream past: memory grows with the groups, not the rows. */
export class ReportTally {
  private readonly groups = new Map<string | null, Counts>();
  private readonly total: Counts = emptyCounts();

  constructor(
    private readonly grouping: ReportGrouping,
    private readonly tenantId: string,
    private readonly timeZone: string,
  ) {}

  add(row: ObligationRow): void {
    const key = this.keyOf(row);
    let counts = this.groups.get(key);
    if (!counts) {
      counts = emptyCounts();
      this.groups.set(key, counts);
    }
    for (const target of [counts, this.total]) {
      target.obligations += 1;
      target[STATUS_COUNT[row.status]] += 1;
      if (row.status === 'violated' || row.status === 'met_late') {
        target.violations += 1;
        target.fineCents += row.fineCents;
      }
    }
  }

  /** The groups by key (unknown last). */
  result(): { readonly groups: ReportGroup[]; readonly totals: Omit<ReportGroup, 'key'> } {
    const groups = [...this.groups]
      .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
      .map(([key, counts]) => ({ key, ...counts }));
    return { groups, totals: { ...this.total } };
  }

  private keyOf(row: ObligationRow): string | null {
    switch (this.grouping) {
      case 'tenant':
        return this.tenantId;
      case 'program':
        return row.programId;
      case 'team':
        return row.teamId;
      case 'worker':
        return row.workerId;
      case 'case':
        return row.caseId;
      case 'month':
        return calendarDateOf(new Date(countedDueOf(row)), this.timeZone).slice(0, 7);
      case 'rule':
        return row.ruleId;
      default: {
        const never: never = this.grouping;
        throw new Error(`unknown grouping ${String(never)}`);
      }
    }
  }
}

function emptyCounts(): Counts {
  return { obligations: 0, violations: 0, violated: 0, metLate: 0, fineCents: 0, met: 0, pending: 0, cancelled: 0 };
}
