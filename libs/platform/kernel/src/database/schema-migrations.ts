import { type Pool } from 'pg';

/** A versioned change to a schema a library owns; applied once, in order, recorded in `<schema>.migrations`. */
export interface SchemaMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Brings a library's own schema up to date. Every process of every service may call this at start: the
 * transaction-scoped advisory lock lets one apply the migrations while the others wait and then find nothing to do.
 * Returns the versions applied by this call.
 */
export async function migrateSchema(
  pool: Pool,
  schema: string,
  migrations: readonly SchemaMigration[],
): Promise<number[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema name ${schema} is not a plain identifier`);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(7000, hashtext('migrations:' || $1))", [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${schema}.migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${schema}.migrations`);
    const applied = new Set(rows.map((row) => row.version));
    const appliedNow: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${schema}.migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      appliedNow.push(migration.version);
    }
    await client.query('COMMIT');
    return appliedNow;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
