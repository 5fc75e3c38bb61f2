import type { AgencyCalendar } from './compliance-calendar';
import type { ComplianceRule, EventMatcher, RuleKind, RuleSet } from './rule-set';

interface Effective {
  readonly set: RuleSet;
  readonly from: number;
}

/**
 * Which rule set judges an obligation that arose at an instant: among the sets of the tenant (or every tenant) and
 * the case's program (or all programs), the most specific scope with a set in effect then, and in that scope the
 * latest effective date (then the highest version). A set takes effect at the start of its date in the agency's
 * time zone, so a later set never reaches back to obligations that arose before it.
 */
export class RuleSetsInEffect {
  // Scopes from most to least specific: tenant and program, tenant, program, neither.
  private readonly scopes: Effective[][] = [[], [], [], []];

  constructor(sets: readonly RuleSet[], tenantId: string, programId: string | null, calendar: AgencyCalendar) {
    for (const set of sets) {
      if (set.tenantId !== null && set.tenantId !== tenantId) continue;
      if (set.programId !== null && set.programId !== programId) continue;
      const scope = (set.tenantId === null ? 2 : 0) + (set.programId === null ? 1 : 0);
      this.scopes[scope]?.push({ set, from: calendar.startOfDate(set.effectiveFrom).getTime() });
    }
    for (const scope of this.scopes) scope.sort((a, b) => b.from - a.from || b.set.version - a.set.version);
  }

  /** The set in effect at an instant, or null before any. */
  at(instant: Date): RuleSet | null {
    const time = instant.getTime();
    for (const scope of this.scopes) {
      for (const effective of scope) if (effective.from <= time) return effective.set;
    }
    return null;
  }

  /** Every set that may judge something for this case. */
  all(): RuleSet[] {
    return this.scopes.flatMap((scope) => scope.map((effective) => effective.set));
  }
}

/** A set's rules of one kind by the published types of the events they look at, for one lookup per event. */
export function rulesByEventType<K extends RuleKind>(
  set: RuleSet,
  kind: K,
  matchersOf: (rule: Extract<ComplianceRule, { kind: K }>) => readonly EventMatcher[],
): Map<string, Extract<ComplianceRule, { kind: K }>[]> {
  const index = new Map<string, Extract<ComplianceRule, { kind: K }>[]>();
  for (const rule of set.rules) {
    if (!isKind(rule, kind)) continue;
    for (const type of new Set(matchersOf(rule).map((matcher) => matcher.type))) {
      index.set(type, [...(index.get(type) ?? []), rule]);
    }
  }
  return index;
}

function isKind<K extends RuleKind>(rule: ComplianceRule, kind: K): rule is Extract<ComplianceRule, { kind: K }> {
  return rule.kind === kind;
}
