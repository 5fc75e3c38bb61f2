import type { ObligationRow } from '../../compliance-read-model/obligation-row';
import { exportChunks } from '../../exports/stream-export';
import { obligationAuditEventOf, obligationId, obligationsWriter } from './obligation-export';

const violated: ObligationRow = {
  caseId: 'case-1',
  programId: 'adult-behavioral-health',
  teamId: 'team-north',
  workerId: 'cm-7',
  ruleId: 'R1',
  kind: 'deadline',
  concerns: null,
  arisenFrom: 'event-opened',
  aroseAt: '2026-10-01T16:00:00.000Z',
  dueAt: '2026-10-15T16:00:00.000Z',
  status: 'violated',
  metAt: null,
  metBy: null,
  lateByMs: null,
  overdueByMs: 86_400_000,
  endedBy: null,
  fineCents: 100_000,
  fineAtRiskCents: 100_000,
  ruleSetId: 'default',
  ruleSetVersion: 1,
};
const met: ObligationRow = { ...violated, ruleId: 'R6', status: 'met', metBy: 'event-contact', fineCents: 0 };

async function written(rows: readonly ObligationRow[], format: 'csv' | 'json' | 'fhir'): Promise<string> {
  const writer = obligationsWriter(
    format,
    { tenantId: 'county-a', head: { from: '2026-10-01' }, bundleId: 'b-1' },
    '2026-12-01T00:00:00.000Z',
  );
  let text = '';
  async function* each() {
    yield* rows;
  }
  for await (const chunk of exportChunks(each(), writer)) text += chunk;
  return text;
}

describe('an obligation as a FHIR R4 AuditEvent', () => {
  it('names the rule and status, the period from arising to due, the fine, the worker and the events', () => {
    const event = obligationAuditEventOf(violated, 'county-a', '2026-12-01T00:00:00.000Z');
    expect(event).toMatchObject({
      resourceType: 'AuditEvent',
      type: { system: 'urn:casemgmt:compliance-rule', code: 'R1' },
      subtype: [{ code: 'violated' }],
      action: 'E',
      period: { start: violated.aroseAt, end: violated.dueAt },
      recorded: '2026-12-01T00:00:00.000Z',
      outcome: '8',
      outcomeDesc: 'violated, fine $1000.00',
      source: { site: 'county-a', observer: { identifier: { value: 'audit' } } },
    });
    expect(event.agent).toEqual([
      expect.objectContaining({ who: { identifier: { system: 'urn:casemgmt:user', value: 'cm-7' } } }),
    ]);
    expect(event.entity.map((entity) => entity.what.identifier.value)).toEqual(['case-1', 'event-opened']);
    expect(event.id).toMatch(/^[a-f0-9]{64}$/);
  });

  it('grades the outcome: met 0, met late 4, violated 8', () => {
    const at = '2026-12-01T00:00:00.000Z';
    expect(obligationAuditEventOf(met, 'county-a', at).outcome).toBe('0');
    expect(obligationAuditEventOf({ ...met, status: 'met_late', fineCents: 10_000 }, 'county-a', at)).toMatchObject({
      outcome: '4',
      outcomeDesc: 'met late, fine $100.00',
    });
  });

  it('keeps an obligation’s id from one export to the next, and tells obligations apart', () => {
    expect(obligationId({ ...violated, status: 'met' })).toBe(obligationId(violated));
    expect(obligationId(met)).not.toBe(obligationId(violated));
  });
});

describe('an export of obligations', () => {
  it('writes CSV with a header and one line each, JSON with its head, and a Bundle of AuditEvents', async () => {
    const csv = (await written([violated, met], 'csv')).trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/^case-1,adult-behavioral-health,team-north,cm-7,R1,deadline,,event-opened,/);
    const json = JSON.parse(await written([violated], 'json')) as { from: string; obligations: ObligationRow[] };
    expect(json).toEqual({ from: '2026-10-01', obligations: [violated] });
    const bundle = JSON.parse(await written([violated, met], 'fhir')) as { type: string; entry: unknown[] };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', id: 'b-1', type: 'collection' });
    expect(bundle.entry).toHaveLength(2);
    expect(JSON.parse(await written([], 'fhir'))).not.toHaveProperty('entry');
  });
});
