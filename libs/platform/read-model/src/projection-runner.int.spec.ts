import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createPostgresEventStore, type PostgresEventStore, type RecordedEvent } from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { remove, update, upsert, type Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { changesToSql, changeToSql } from './change-sql';

@Entity({ schema: 'rm_test', name: 'case_summary' })
class CaseSummary {
  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'assigned_to', type: 'text', nullable: true })
  assignedTo!: string | null;

  @Column({ type: 'jsonb' })
  needs!: string[];
}

const metadata = (caseId: string) => ({
  tenantId: 'county-a',
  actor: { id: 'iw-1', role: 'intake_worker' },
  correlationId: randomUUID(),
  caseId,
});

type TestCaseEvent =
  | { readonly type: 'CaseOpened'; readonly data: { readonly needs: string[] } }
  | { readonly type: 'CaseAssigned'; readonly data: { readonly workerId: string } }
  | { readonly type: 'CaseDeleted'; readonly data: Record<string, never> };

const summaries: Projection<TestCaseEvent> & { calls: Map<string, number>; failOnce: Set<string> } = {
  name: 'case-summary',
  version: 1,
  categories: ['rmtest.case'],
  eventTypes: ['CaseOpened', 'CaseAssigned', 'CaseDeleted'],
  calls: new Map(),
  failOnce: new Set(),
  project(event: RecordedEvent<TestCaseEvent>) {
    this.calls.set(event.eventId, (this.calls.get(event.eventId) ?? 0) + 1);
    if (this.failOnce.delete(event.eventId)) throw new Error('read model briefly unavailable');
    const caseId = event.metadata.caseId ?? '';
    switch (event.type) {
      case 'CaseOpened':
        return [
          upsert(
            CaseSummary,
            {
              caseId,
              tenantId: event.metadata.tenantId,
              status: 'opened',
              assignedTo: null,
              needs: event.data.needs,
            },
            ['caseId'],
          ),
        ];
      case 'CaseAssigned':
        return [update(CaseSummary, { caseId }, { assignedTo: event.data.workerId })];
      case 'CaseDeleted':
        return [remove(CaseSummary, { caseId })];
      default:
        return [];
    }
  },
};

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ProjectionRunner on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let runner: ProjectionRunner;
  const rows = () =>
    dataSource
      .getRepository(CaseSummary)
      .find({ order: { caseId: 'ASC' } })
      .then((found) => found.map((r) => ({ ...r })));

  beforeAll(async () => {
    database = await createTestDatabase('read_model');
    pool = new Pool({ connectionString: database.url, max: 4 });
    await migrateSchema(pool, 'rm_test', [
      {
        version: 1,
        name: 'case summary',
        sql: `CREATE TABLE rm_test.case_summary (
          case_id text PRIMARY KEY, tenant_id text NOT NULL, status text NOT NULL, assigned_to text, needs jsonb NOT NULL)`,
      },
    ]);
    store = await createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 20, retryDelayMs: 50 } });
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [CaseSummary] }).initialize();
    runner = new ProjectionRunner(store, dataSource, [summaries]);
  });

  afterAll(async () => {
    await runner.stop();
    await store.close();
    await dataSource.destroy();
    await pool.end();
    await database.drop();
  });

  it('writes SQL with the entity’s schema, table and column names', () => {
    const statement = changeToSql(update(CaseSummary, { caseId: 'c-1' }, { assignedTo: 'cm-17' }), dataSource);
    expect(statement).toEqual({
      text: 'UPDATE "rm_test"."case_summary" SET "assigned_to" = $1 WHERE "case_id" = $2',
      values: ['cm-17', 'c-1'],
    });
    expect(() => changeToSql(update(CaseSummary, {}, { status: 'x' }), dataSource)).toThrow(/needs a where condition/);
  });

  it('writes a run of upserts of one shape as one statement, the last upsert of a key winning, in order with the rest', async () => {
    const opened = (caseId: string, status: string) =>
      upsert(CaseSummary, { caseId, tenantId: 'county-b', status, assignedTo: null, needs: [] }, ['caseId']);
    const statements = changesToSql(
      [
        opened('b-1', 'opened'),
        opened('b-2', 'opened'),
        opened('b-1', 'reopened'),
        update(CaseSummary, { caseId: 'b-2' }, { assignedTo: 'cm-3' }),
        opened('b-3', 'opened'),
        remove(CaseSummary, { caseId: 'b-3' }),
      ],
      dataSource,
    );

    expect(statements.map((statement) => statement.text.split(' (')[0])).toEqual([
      'INSERT INTO "rm_test"."case_summary"',
      'UPDATE "rm_test"."case_summary" SET "assigned_to" = $1 WHERE "case_id" = $2',
      'INSERT INTO "rm_test"."case_summary"',
      'DELETE FROM "rm_test"."case_summary" WHERE "case_id" = $1',
    ]);
    expect(statements[0]?.text).toContain('VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10) ON CONFLICT ("case_id")');
    for (const { text, values } of statements) await pool.query(text, values);
    const stored = await pool.query(
      "SELECT case_id, status, assigned_to FROM rm_test.case_summary WHERE tenant_id = 'county-b' ORDER BY case_id",
    );
    expect(stored.rows).toEqual([
      { case_id: 'b-1', status: 'reopened', assigned_to: null },
      { case_id: 'b-2', status: 'opened', assigned_to: 'cm-3' },
    ]);
    await pool.query("DELETE FROM rm_test.case_summary WHERE tenant_id = 'county-b'");
  });

  it('catches up on past events, then follows new ones, in the checkpoint’s transaction', async () => {
    await store.appendToStream(
      'rmtest.case-1',
      [{ type: 'CaseOpened', data: { needs: ['housing', 'food'] }, metadata: metadata('1') }],
      { expectedVersion: 'no_stream' },
    );
    await store.appendToStream(
      'rmtest.case-2',
      [{ type: 'CaseOpened', data: { needs: [] }, metadata: metadata('2') }],
      { expectedVersion: 'no_stream' },
    );
    runner.start();
    await store.appendToStream(
      'rmtest.case-1',
      [{ type: 'CaseAssigned', data: { workerId: 'cm-17' }, metadata: metadata('1') }],
      { expectedVersion: 1 },
    );
    await store.appendToStream('rmtest.case-2', [{ type: 'CaseDeleted', data: {}, metadata: metadata('2') }], {
      expectedVersion: 1,
    });

    const result = await eventually(rows, (r) => r.length === 1 && r[0]?.assignedTo === 'cm-17');
    expect(result).toEqual([
      { caseId: '1', tenantId: 'county-a', status: 'opened', assignedTo: 'cm-17', needs: ['housing', 'food'] },
    ]);
    const { rows: checkpoints } = await pool.query('SELECT subscription_id FROM event_store.checkpoints');
    expect(checkpoints).toEqual([{ subscription_id: 'projection:case-summary:v1' }]);
  });

  it('rolls back a batch whose projection fails and delivers it again', async () => {
    const first = { eventId: randomUUID() };
    const second = { eventId: randomUUID() };
    // Armed before the append: the subscription may handle the batch as soon as it commits.
    summaries.failOnce.add(second.eventId);
    await store.appendToStream(
      'rmtest.case-3',
      [
        { type: 'CaseOpened', data: { needs: ['income'] }, metadata: metadata('3'), eventId: first.eventId },
        { type: 'CaseAssigned', data: { workerId: 'cm-9' }, metadata: metadata('3'), eventId: second.eventId },
      ],
      { expectedVersion: 'no_stream' },
    );

    const result = await eventually(rows, (r) => r.some((row) => row.caseId === '3' && row.assignedTo === 'cm-9'));
    expect(result.find((row) => row.caseId === '3')).toEqual({
      caseId: '3',
      tenantId: 'county-a',
      status: 'opened',
      assignedTo: 'cm-9',
      needs: ['income'],
    });
    // The first event of the failed batch was projected again: its earlier write had been rolled back with the batch.
    expect(summaries.calls.get(first.eventId)).toBe(2);
    expect(summaries.calls.get(second.eventId)).toBe(2);
  });
});
