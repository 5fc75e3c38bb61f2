import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const infraDir = __dirname;

// jest cannot load the ES-module launchers, so each case runs them in a child node process, as npm test does.
async function node(script: string, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: resolve(infraDir, '../../../../..'),
    env,
    timeout: 90_000,
  });
  const last = stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

describe('PostgreSQL resolution without DATABASE_URL', () => {
  it('answers quickly whether a container engine exists and says why', async () => {
    const result = await node(
      `import { detectContainerRuntime } from '${infraDir}/docker.mjs';
       console.log(JSON.stringify(await detectContainerRuntime()));`,
      process.env,
    );
    expect(typeof result['available']).toBe('boolean');
    expect(String(result['reason']).length).toBeGreaterThan(0);
    expect(result['elapsedMs']).toBeLessThan(10_000);
  });

  it('falls back to a container or an embedded server and serves real SQL', async () => {
    const { DATABASE_URL: _ignored, ...withoutUrl } = process.env;
    const result = await node(
      `import pg from 'pg';
       import { resolvePostgres } from '${infraDir}/postgres.mjs';
       const lines = [];
       const db = await resolvePostgres({ log: (l) => lines.push(l) });
       const client = new pg.Client(db.url);
       await client.connect();
       const { rows } = await client.query("SELECT current_setting('server_version_num')::int AS version, 6 * 7 AS answer");
       await client.end();
       await db.stop();
       console.log(JSON.stringify({ source: db.source, log: lines, ...rows[0] }));`,
      withoutUrl,
    );
    process.stdout.write(`resolved without DATABASE_URL: ${String(result['source'])}\n`);
    expect(String(result['source'])).toMatch(/^(embedded PostgreSQL at 127\.0\.0\.1:\d+|testcontainers)/);
    expect(result['answer']).toBe(42);
    expect(result['version']).toBeGreaterThanOrEqual(130000);
    expect(String((result['log'] as string[])[0])).toMatch(/^PostgreSQL: /);
  });
});
