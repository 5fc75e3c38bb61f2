import type { Obligation } from '../compliance/obligation';
import { pendingObligation } from '../testing/pending-obligation';
import { DEFAULT_RULE_SET } from '../compliance/default-rule-set';
import { caseFactsOf } from './case-facts';
import { obligationRowOf, rowAsOf } from './obligation-row';
import type { ComplianceEvent } from '../compliance/compliance-event';

const pendingR1: Obligation = pendingObligation({
  arisenFrom: 'e-1',
  actor: { id: 'iw-1', role: 'intake_worker' },
  aroseAt: new Date('2026-03-02T17:00:00Z'),
  dueAt: new Date('2026-03-16T16:00:00Z'),
});

const event = (type: string, data: Record<string, unknown>): ComplianceEvent => ({
  eventId: `${type}-${JSON.stringify(data)}`,
  type,
  data,
  occurredAt: new Date('2026-03-02T17:00:00Z'),
  recordedAt: new Date('2026-03-02T17:00:00Z'),
  actor: null,
});

describe('compliance read model rows', () => {
  it('stores a pending obligation with the fine its rule charges if it is missed, and none charged yet', () => {
    const row = obligationRowOf('case-1', { programId: 'p-1', teamId: 'team-north', workerId: 'cm-7' }, pendingR1, [
      DEFAULT_RULE_SET,
    ]);
    expect(row).toMatchObject({
      caseId: 'case-1',
      programId: 'p-1',
      teamId: 'team-north',
      workerId: 'cm-7',
      ruleId: 'R1',
      status: 'pending',
      dueAt: '2026-03-16T16:00:00.000Z',
      fineCents: 0,
      fineAtRiskCents: 100_000,
      ruleSetId: 'default',
      ruleSetVersion: 1,
    });
  });

  it('keeps the fine of a late meeting as charged', () => {
    const late: Obligation = {
      ...pendingR1,
      status: 'met_late',
      metAt: new Date('2026-03-17T16:00:00Z'),
      lateByMs: 86_400_000,
      fine: { cents: 100_000, currency: 'USD' },
    };
    const row = obligationRowOf('case-1', { programId: null, teamId: null, workerId: null }, late, []);
    expect(row).toMatchObject({ status: 'met_late', lateByMs: 86_400_000, fineCents: 100_000 });
    expect(row.metAt).toBe('2026-03-17T16:00:00.000Z');
  });

  it('reports a pending obligation past its due time as violated since then, at the fine it risked', () => {
    const row = obligationRowOf('case-1', { programId: null, teamId: null, workerId: null }, pendingR1, [
      DEFAULT_RULE_SET,
    ]);
    expect(rowAsOf(row, new Date('2026-03-10T00:00:00Z'))).toBe(row);
    expect(rowAsOf(row, new Date('2026-03-17T16:00:00Z'))).toMatchObject({
      status: 'violated',
      overdueByMs: 86_400_000,
      fineCents: 100_000,
    });
  });

  it('reads a case’s program and team from its opening, its case manager from the last assignment, and a transfer', () => {
    const opened = event('intake.CaseOpened.v1', { programId: 'adult-behavioral-health', teamId: 'team-north' });
    const assigned = (who: string) => event('intake.CaseAssigned.v1', { caseManagerId: who });
    const transferred = event('intake.CaseTransferred.v1', { fromTeamId: 'team-north', toTeamId: 'team-south' });
    expect(caseFactsOf([opened, assigned('cm-1'), assigned('cm-2')])).toEqual({
      programId: 'adult-behavioral-health',
      teamId: 'team-north',
      workerId: 'cm-2',
    });
    // A transfer moves the case to the other team, unassigned until that team assigns it.
    expect(caseFactsOf([opened, assigned('cm-1'), transferred])).toEqual({
      programId: 'adult-behavioral-health',
      teamId: 'team-south',
      workerId: null,
    });
    expect(caseFactsOf([opened, assigned('cm-1'), transferred, assigned('cm-9')])).toMatchObject({
      teamId: 'team-south',
      workerId: 'cm-9',
    });
    expect(caseFactsOf([assigned('cm-1')])).toEqual({ programId: null, teamId: null, workerId: 'cm-1' });
  });
});
