import { Pool } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { CARE_PLAN_MIGRATIONS, CARE_PLAN_SCHEMA } from '../care-plan.migrations';
import type { IncomingEvent } from '@casemgmt/messaging';
import { buildWorklistCaseHandlers } from './worklist-case.handlers';
import { buildWorklistCarePlanHandlers } from './worklist-care-plan.handlers';
import { addItem, settleByContacts } from './worklist-items';

// A run of contacts taken in one go must leave the list exactly as taking them one by one in order would.
describe('the worklist settled by a run of contacts', () => {
  let database: TestDatabase;
  let pool: Pool;
  let tx: SqlTransaction;
  const key = { tenantId: 'county-a', caseId: 'case-1' };
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    database = await createTestDatabase('care_plan_worklist_items');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await migrateSchema(pool, CARE_PLAN_SCHEMA, CARE_PLAN_MIGRATIONS);
    tx = {
      query: async (text, values) => {
        const result = await pool.query(text, values === undefined ? undefined : [...values]);
        return { rows: result.rows, rowCount: result.rowCount ?? 0 };
      },
    };
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const item = (kind: 'first_contact' | 'safety_follow_up', ref: string, raisedAt: string) =>
    addItem(tx, { ...key, kind, ref, dueAt: at('2026-03-10T00:00:00Z'), raisedAt: at(raisedAt), streamVersion: 1 });
  const rowOf = async (kind: string, ref: string) =>
    (
      await pool.query(
        'SELECT state, settled_at FROM care_plan.worklist_items WHERE case_id = $1 AND kind = $2 AND ref = $3',
        [key.caseId, kind, ref],
      )
    ).rows[0] as { state: string; settled_at: Date | null };

  it('settles the first contact by the first of the run, and each safety follow-up by the first contact at or after its flag', async () => {
    await item('first_contact', '', '2026-03-01T08:00:00Z');
    await item('safety_follow_up', 'screening-1', '2026-03-02T12:00:00Z');
    await item('safety_follow_up', 'screening-2', '2026-03-09T12:00:00Z');
    await settleByContacts(tx, [
      { ...key, occurredAt: at('2026-03-02T09:00:00Z') },
      { ...key, occurredAt: at('2026-03-03T09:00:00Z') },
      { ...key, occurredAt: at('2026-03-02T10:00:00Z') },
      { tenantId: 'county-b', caseId: key.caseId, occurredAt: at('2026-03-20T09:00:00Z') },
    ]);
    expect(await rowOf('first_contact', '')).toEqual({ state: 'satisfied', settled_at: at('2026-03-02T09:00:00Z') });
    expect(await rowOf('safety_follow_up', 'screening-1')).toEqual({
      state: 'satisfied',
      settled_at: at('2026-03-03T09:00:00Z'),
    });
    // Raised after every contact of its tenant's run: still open, whatever another tenant's case of that id did.
    expect(await rowOf('safety_follow_up', 'screening-2')).toEqual({ state: 'open', settled_at: null });
    const { rows } = await pool.query(
      'SELECT tenant_id, last_contact_at FROM care_plan.worklist_cases ORDER BY tenant_id',
    );
    expect(rows).toEqual([
      { tenant_id: 'county-a', last_contact_at: at('2026-03-03T09:00:00Z') },
      { tenant_id: 'county-b', last_contact_at: at('2026-03-20T09:00:00Z') },
    ]);
  });

  // The handlers as the consumers run them, on the agency's calendar (America/Los_Angeles), in a real transaction.
  const settings = { timeZone: 'America/Los_Angeles', programs: {} };
  const incoming = (type: string, data: object, occurredAt: string, streamVersion = 1): IncomingEvent => ({
    type,
    eventId: `${type}-${occurredAt}`,
    service: type.split('.')[0] ?? '',
    source: '/casemgmt/test',
    streamId: 'test-1',
    streamVersion,
    globalPosition: 1n,
    occurredAt: at(occurredAt),
    recordedAt: at(occurredAt),
    data: data as IncomingEvent['data'],
    metadata: { tenantId: 'county-dst', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c' },
    origin: { kind: 'store', subscriptionId: 'test', logPosition: { commit: 1n, prepare: 1n } },
  });
  const dueOf = async (caseId: string, kind: string) =>
    (
      await pool.query(
        "SELECT due_at FROM care_plan.worklist_items WHERE tenant_id = 'county-dst' AND case_id = $1 AND kind = $2",
        [caseId, kind],
      )
    ).rows[0]?.['due_at'] as Date | undefined;
  const opened = (caseId: string, priority: string, occurredAt: string) =>
    buildWorklistCaseHandlers(settings)['intake.CaseOpened.v1']?.(
      incoming(
        'intake.CaseOpened.v1',
        { caseId, clientId: 'client-1', programId: 'adult-behavioral-health', priority, teamId: 'team-north' },
        occurredAt,
      ),
      tx,
    );

  it('dates a case’s deadlines on the agency’s calendar across a daylight-saving change and across midnight', async () => {
    // Friday 6 March 2026, 18:00 in Los Angeles (PST); clocks go forward on Sunday 8 March.
    await opened('urgent-dst', 'urgent', '2026-03-07T02:00:00Z');
    // Five calendar days later at 18:00 local, now PDT: 01:00Z, 119 hours after, not 120.
    expect(await dueOf('urgent-dst', 'first_contact')).toEqual(at('2026-03-12T01:00:00Z'));
    expect(await dueOf('urgent-dst', 'plan_approval')).toEqual(at('2026-04-06T01:00:00Z'));
    // 23:30 local on Saturday 7 March: an emergency's 24 hours end past midnight, and are 24 hours.
    await opened('emergency-midnight', 'emergency', '2026-03-08T07:30:00Z');
    expect(await dueOf('emergency-midnight', 'first_contact')).toEqual(at('2026-03-09T07:30:00Z'));
  });

  it('dates a review due on a date by the end of that day in the agency’s zone, in daylight time', async () => {
    await buildWorklistCarePlanHandlers(settings)['care-plan.CarePlanApproved.v1']?.(
      incoming(
        'care-plan.CarePlanApproved.v1',
        {
          caseId: 'urgent-dst',
          planId: 'plan-1',
          version: 2,
          by: 'sup-1',
          approvedOn: '2026-03-10',
          activated: true,
          nextReviewDueBy: '2026-06-08',
        },
        '2026-03-10T17:00:00Z',
        3,
      ),
      tx,
    );
    // The end of 8 June in Los Angeles (PDT, UTC-7).
    expect(await dueOf('urgent-dst', 'plan_review')).toEqual(at('2026-06-09T06:59:59.999Z'));
    expect(await dueOf('urgent-dst', 'plan_approval')).toEqual(at('2026-04-06T01:00:00Z'));
    const { rows } = await pool.query(
      "SELECT state FROM care_plan.worklist_items WHERE tenant_id = 'county-dst' AND case_id = 'urgent-dst' AND kind = 'plan_approval'",
    );
    expect(rows[0]?.['state']).toBe('satisfied');
  });
});
