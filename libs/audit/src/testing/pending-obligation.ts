import type { Obligation } from '../compliance/obligation';

/** An obligation of the default set, pending and unmet, for specs: R1 of a case opened on 1 December 2026. */
export function pendingObligation(overrides: Partial<Obligation> = {}): Obligation {
  return {
    ruleId: 'R1',
    kind: 'deadline',
    ruleSetId: 'default',
    ruleSetVersion: 1,
    concerns: null,
    arisenFrom: 'event-opened',
    actor: null,
    aroseAt: new Date('2026-12-01T17:00:00Z'),
    dueAt: new Date('2026-12-15T17:00:00Z'),
    status: 'pending',
    metAt: null,
    metBy: null,
    lateByMs: null,
    overdueByMs: null,
    endedBy: null,
    fine: null,
    ...overrides,
  };
}
