import type { Obligation, ObligationStatus } from '../compliance/obligation';
import type { RuleSet } from '../compliance/rule-set';
import type { CaseFacts } from './case-facts';

/**
 * One obligation of a case as the compliance read model stores it and reports read it. Instants are ISO 8601;
 * `fineAtRiskCents` is what the obligation costs if it is missed, so a pending one past its due time can be
 * reported as violated without evaluating the case again.
 */
export interface ObligationRow {
  readonly caseId: string;
  readonly programId: string | null;
  readonly teamId: string | null;
  readonly workerId: string | null;
  readonly ruleId: string;
  readonly kind: Obligation['kind'];
  readonly concerns: string | null;
  readonly arisenFrom: string | null;
  readonly aroseAt: string;
  readonly dueAt: string;
  readonly status: ObligationStatus;
  readonly metAt: string | null;
  readonly metBy: string | null;
  readonly lateByMs: number | null;
  readonly overdueByMs: number | null;
  readonly endedBy: string | null;
  readonly fineCents: number;
  readonly fineAtRiskCents: number;
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
}

/** The fine a rule of a set version charges, or 0 when the set or rule is not among those given. */
export function fineOfRule(ruleSets: readonly RuleSet[], obligation: Obligation): number {
  const set = ruleSets.find(
    (candidate) => candidate.id === obligation.ruleSetId && candidate.version === obligation.ruleSetVersion,
  );
  return set?.rules.find((rule) => rule.id === obligation.ruleId)?.fine.cents ?? 0;
}

/** An obligation of a case as a row of the read model. */
export function obligationRowOf(
  caseId: string,
  facts: CaseFacts,
  obligation: Obligation,
  ruleSets: readonly RuleSet[],
): ObligationRow {
  return {
    caseId,
    programId: facts.programId,
    teamId: facts.teamId,
    workerId: facts.workerId,
    ruleId: obligation.ruleId,
    kind: obligation.kind,
    concerns: obligation.concerns,
    arisenFrom: obligation.arisenFrom,
    aroseAt: obligation.aroseAt.toISOString(),
    dueAt: obligation.dueAt.toISOString(),
    status: obligation.status,
    metAt: obligation.metAt?.toISOString() ?? null,
    metBy: obligation.metBy,
    lateByMs: obligation.lateByMs,
    overdueByMs: obligation.overdueByMs,
    endedBy: obligation.endedBy,
    fineCents: obligation.fine?.cents ?? 0,
    fineAtRiskCents: obligation.fine?.cents ?? fineOfRule(ruleSets, obligation),
    ruleSetId: obligation.ruleSetId,
    ruleSetVersion: obligation.ruleSetVersion,
  };
}

/**
 * A stored row as it stands at an instant: time passes without events, so an obligation still pending when its due
 * time has gone by is violated by now, for as long as it has been overdue, at the fine it risked.
 */
export function rowAsOf(row: ObligationRow, now: Date): ObligationRow {
  const overdue = now.getTime() - Date.parse(row.dueAt);
  if (row.status !== 'pending' || overdue <= 0) return row;
  return { ...row, status: 'violated', overdueByMs: overdue, fineCents: row.fineAtRiskCents };
}
