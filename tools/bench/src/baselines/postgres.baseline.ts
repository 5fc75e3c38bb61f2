import { Pool } from 'pg';
import { measureRate } from '../measure';

const CONNECTIONS = 8;
const ROWS_PER_STATEMENT = 100;

/**
 * What PostgreSQL itself does on this machine: the ceiling every store figure is read against. The table has the
 * shape of a narrow event row (a bigserial, a uuid, a short text and a small jsonb), with the same indexes an
 * event table needs at least (primary key, unique id).
 */
export async function measurePostgresBaselines(
  databaseUrl: string,
  durationMs: number,
): Promise<{ singleInsertTps: number; multiRowInsertRowsPerSec: number }> {
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  try {
    await pool.query(`CREATE TABLE baseline_row (
      position bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, type text NOT NULL, data jsonb NOT NULL)`);
    const data = JSON.stringify({ caseId: 'c-1', note: 'first contact by phone', priority: 'routine' });
    const singleInsertTps = await measureRate(CONNECTIONS, durationMs, async () => {
      await pool.query('INSERT INTO baseline_row (id, type, data) VALUES (gen_random_uuid(), $1, $2)', [
        'CaseNoted',
        data,
      ]);
    });
    const values = Array.from({ length: ROWS_PER_STATEMENT }, () => `(gen_random_uuid(), $1, $2::jsonb)`).join(',');
    const statements = await measureRate(CONNECTIONS, durationMs, async () => {
      await pool.query(`INSERT INTO baseline_row (id, type, data) VALUES ${values}`, ['CaseNoted', data]);
    });
    return { singleInsertTps, multiRowInsertRowsPerSec: statements * ROWS_PER_STATEMENT };
  } finally {
    await pool.end();
  }
}
