import { Pool } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { CARE_PLAN_MIGRATIONS, CARE_PLAN_SCHEMA } from '../care-plan.migrations';
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
});
