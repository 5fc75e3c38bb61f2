import type { ObligationRow } from '../../compliance-read-model/obligation-row';
import { isReported, ReportTally } from './report-tally';

const row = (overrides: Partial<ObligationRow>): ObligationRow => ({
  caseId: 'case-1',
  programId: 'p-1',
  teamId: 'team-north',
  workerId: 'cm-1',
  ruleId: 'R1',
  kind: 'deadline',
  concerns: null,
  arisenFrom: 'e-1',
  aroseAt: '2026-03-01T17:00:00.000Z',
  dueAt: '2026-03-15T16:00:00.000Z',
  status: 'met',
  metAt: '2026-03-05T17:00:00.000Z',
  metBy: 'e-2',
  lateByMs: null,
  overdueByMs: null,
  endedBy: null,
  fineCents: 0,
  fineAtRiskCents: 100_000,
  ruleSetId: 'default',
  ruleSetVersion: 1,
  ...overrides,
});

const rows: ObligationRow[] = [
  row({}),
  row({ caseId: 'case-2', workerId: 'cm-2', status: 'violated', fineCents: 100_000 }),
  row({ ruleId: 'R6', kind: 'lag', status: 'met_late', fineCents: 10_000, dueAt: '2026-04-01T06:59:00.000Z' }),
  row({ caseId: 'case-3', workerId: null, ruleId: 'R2', status: 'pending' }),
  row({ caseId: 'case-3', workerId: null, ruleId: 'R3', status: 'cancelled' }),
];

describe('compliance report tally', () => {
  it('counts violations (violated and met late) with their fines, and met, pending and cancelled, by rule', () => {
    const tally = new ReportTally('rule', 'county-a', 'America/Los_Angeles');
    rows.forEach((r) => tally.add(r));
    const { groups, totals } = tally.result();
    expect(groups).toEqual([
      {
        key: 'R1',
        obligations: 2,
        violations: 1,
        violated: 1,
        metLate: 0,
        fineCents: 100_000,
        met: 1,
        pending: 0,
        cancelled: 0,
      },
      {
        key: 'R2',
        obligations: 1,
        violations: 0,
        violated: 0,
        metLate: 0,
        fineCents: 0,
        met: 0,
        pending: 1,
        cancelled: 0,
      },
      {
        key: 'R3',
        obligations: 1,
        violations: 0,
        violated: 0,
        metLate: 0,
        fineCents: 0,
        met: 0,
        pending: 0,
        cancelled: 1,
      },
      {
        key: 'R6',
        obligations: 1,
        violations: 1,
        violated: 0,
        metLate: 1,
        fineCents: 10_000,
        met: 0,
        pending: 0,
        cancelled: 0,
      },
    ]);
    expect(totals).toEqual({
      obligations: 5,
      violations: 2,
      violated: 1,
      metLate: 1,
      fineCents: 110_000,
      met: 1,
      pending: 1,
      cancelled: 1,
    });
  });

  it('groups by the month of the due date in the agency’s calendar, not UTC', () => {
    const tally = new ReportTally('month', 'county-a', 'America/Los_Angeles');
    rows.forEach((r) => tally.add(r));
    // 2026-04-01T06:59Z is still March 31st in Los Angeles.
    expect(tally.result().groups.map((group) => [group.key, group.obligations])).toEqual([['2026-03', 5]]);
  });

  it('groups by case manager with the unassigned last, and by tenant as one group', () => {
    const byWorker = new ReportTally('worker', 'county-a', 'UTC');
    rows.forEach((r) => byWorker.add(r));
    expect(byWorker.result().groups.map((group) => [group.key, group.obligations])).toEqual([
      ['cm-1', 2],
      ['cm-2', 1],
      [null, 2],
    ]);
    const byTenant = new ReportTally('tenant', 'county-a', 'UTC');
    rows.forEach((r) => byTenant.add(r));
    expect(byTenant.result().groups).toEqual([expect.objectContaining({ key: 'county-a', obligations: 5 })]);
  });

  it('reports obligations due within the period, of the program, worker and case asked for', () => {
    const period = { dueFrom: new Date('2026-03-15T07:00:00.000Z'), dueTo: new Date('2026-03-31T06:59:59.999Z') };
    expect(rows.filter((r) => isReported(r, period))).toHaveLength(4);
    expect(rows.filter((r) => isReported(r, { ...period, workerId: 'cm-2' })).map((r) => r.caseId)).toEqual(['case-2']);
    expect(rows.filter((r) => isReported(r, { ...period, caseId: 'case-3' }))).toHaveLength(2);
    expect(rows.filter((r) => isReported(r, { ...period, programId: 'p-2' }))).toHaveLength(0);
  });

  it('counts a month’s contact as due in that month: its window closes as the next month begins', () => {
    // November 2026's window, in Los Angeles: from 1 November 07:00Z up to, not including, 1 December 08:00Z.
    const november = row({ ruleId: 'R5', kind: 'recurring', concerns: '2026-11', dueAt: '2026-12-01T08:00:00.000Z' });
    // A deadline due at that same instant is due on 1 December.
    const deadline = row({ dueAt: '2026-12-01T08:00:00.000Z' });
    const byMonth = new ReportTally('month', 'county-a', 'America/Los_Angeles');
    [november, deadline].forEach((r) => byMonth.add(r));
    expect(byMonth.result().groups.map((group) => [group.key, group.obligations])).toEqual([
      ['2026-11', 1],
      ['2026-12', 1],
    ]);
    const novemberPeriod = {
      dueFrom: new Date('2026-11-01T07:00:00.000Z'),
      dueTo: new Date('2026-12-01T07:59:59.999Z'),
    };
    expect(isReported(november, novemberPeriod)).toBe(true);
    expect(isReported(deadline, novemberPeriod)).toBe(false);
    const december = { dueFrom: new Date('2026-12-01T08:00:00.000Z'), dueTo: new Date('2026-12-31T07:59:59.999Z') };
    expect(isReported(november, december)).toBe(false);
    expect(isReported(deadline, december)).toBe(true);
  });
});
