import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { migrateSchema, type SchemaMigration } from './schema-migrations';

const migrations: SchemaMigration[] = [
  { version: 1, name: 'notes', sql: 'CREATE TABLE demo.note (id int PRIMARY KEY, body text NOT NULL)' },
  { version: 2, name: 'note author', sql: "ALTER TABLE demo.note ADD COLUMN author text NOT NULL DEFAULT 'unknown'" },
];

describe('migrateSchema', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('migrations');
    pool = new Pool({ connectionString: database.url, max: 6 });
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('applies each migration once even when several processes start together', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => migrateSchema(pool, 'demo', migrations)));
    expect(results.flat().sort()).toEqual([1, 2]);
    const { rows } = await pool.query('SELECT version, name FROM demo.migrations ORDER BY version');
    expect(rows).toEqual([
      { version: 1, name: 'notes' },
      { version: 2, name: 'note author' },
    ]);
    await pool.query("INSERT INTO demo.note (id, body) VALUES (1, 'home visit')");
    expect((await pool.query('SELECT author FROM demo.note')).rows).toEqual([{ author: 'unknown' }]);
  });

  it('applies nothing of a failing migration and reports the error', async () => {
    const broken: SchemaMigration = {
      version: 3,
      name: 'broken',
      sql: 'ALTER TABLE demo.note ADD COLUMN x int; SELECT 1/0',
    };
    await expect(migrateSchema(pool, 'demo', [...migrations, broken])).rejects.toThrow(/division by zero/);
    const { rows } = await pool.query(
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'demo' AND column_name = 'x'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(migrateSchema(pool, 'demo; DROP TABLE x', migrations)).rejects.toThrow(/not a plain identifier/);
  });
});
