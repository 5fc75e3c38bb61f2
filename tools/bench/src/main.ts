import { createTestDatabase } from '@casemgmt/testing';
import { type Baselines, type BenchContext, type BenchFigure } from './bench.types';
import { measurePostgresBaselines } from './baselines/postgres.baseline';
import { loadUrl } from './http/load';
import { startServerProcess } from './http/server-process';
import { renderTable } from './report';
import { suites } from './suites';

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function measureBaselines(seconds: number): Promise<Baselines> {
  log('measuring baselines: raw PostgreSQL inserts, bare NestJS route ...');
  const database = await createTestDatabase('bench_baseline');
  try {
    const pg = await measurePostgresBaselines(database.url, seconds * 1000);
    const server = await startServerProcess('tools/bench/src/http/bare-route.server.ts');
    try {
      await loadUrl(server.url, { connections: 50, seconds: 1 }); // warm-up
      const http = await loadUrl(server.url, { connections: 50, seconds: Math.max(seconds, 5) });
      return {
        pgSingleInsertTps: pg.singleInsertTps,
        pgMultiRowInsertRowsPerSec: pg.multiRowInsertRowsPerSec,
        bareRouteReqPerSec: http.requestsPerSec,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
  const only = process.argv.slice(2);
  const baselines = await measureBaselines(seconds);
  const baselineFigures: BenchFigure[] = [
    { name: 'raw PostgreSQL single-row INSERT, 8 connections', value: baselines.pgSingleInsertTps, unit: 'tx/s' },
    {
      name: 'raw PostgreSQL 100-row INSERT, 8 connections',
      value: baselines.pgMultiRowInsertRowsPerSec,
      unit: 'rows/s',
    },
    { name: 'bare NestJS GET route (Fastify), 50 connections', value: baselines.bareRouteReqPerSec, unit: 'req/s' },
  ];
  const sections = [renderTable('Baselines (this run, this machine)', baselineFigures)];
  log(sections[0] ?? '');
  const context: BenchContext = { baselines, createDatabase: createTestDatabase, log };
  for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
    log(`running ${suite.name} ...`);
    const section = renderTable(suite.name, await suite.run(context));
    sections.push(section);
    log(section);
  }
  log('\n# Summary');
  log(sections.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
