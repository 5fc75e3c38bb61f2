import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './test-database';

describe('test databases on the resolved PostgreSQL', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase('isolation'), createTestDatabase('isolation')]);
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('creates, writes and reads in a database of its own', async () => {
    const client = new Client({ connectionString: first.url });
    await client.connect();
    try {
      await client.query('CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)');
      await client.query('INSERT INTO note (body) VALUES ($1), ($2)', ['first contact', 'home visit']);
      const { rows } = await client.query('SELECT body FROM note ORDER BY id');
      expect(rows.map((row) => row.body)).toEqual(['first contact', 'home visit']);
      const { rows: info } = await client.query('SELECT current_database() AS db, version() AS version');
      expect(info[0].db).toBe(first.name);
      process.stdout.write(`PostgreSQL under test: ${info[0].version}\n`);
    } finally {
      await client.end();
    }
  });

  it('keeps suites apart: another database does not see the first one’s tables', async () => {
    const client = new Client({ connectionString: second.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT to_regclass('public.note') AS note");
      expect(rows[0].note).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('drops a database even while a connection to it is still open', async () => {
    const extra = await createTestDatabase('drop');
    const client = new Client({ connectionString: extra.url });
    await client.connect();
    client.on('error', () => undefined);
    await extra.drop();
    const admin = new Client({ connectionString: process.env['DATABASE_URL'] });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [extra.name]);
      expect(rows).toHaveLength(0);
    } finally {
      await admin.end();
      await client.end().catch(() => undefined);
    }
  });
});
