import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { IntakeDriver } from '../http/intake-driver';
import { loadUrl, sendAtRate } from '../http/load';
import { startServerProcess, type ServerProcess } from '../http/server-process';
import { quantile } from '../measure';

const TENANT = 'county-bench';
const RATE_PER_SEC = 200;
// A rate well inside this machine's capacity, to tell the pipeline's own latency from queueing at saturation.
const LIGHT_RATE_PER_SEC = 50;
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const TARGET_P99_MS = 100;
const TARGET_RATIO = 0.5;

const seconds = (): number => Number(process.env['BENCH_SECONDS'] ?? 5);

/**
 * Intake and the audit trail in one process, as the all-in-one platform runs them (the audit chain fed by the
 * store's subscription): an intake command route's throughput against the bare route, and the latency from a
 * command to its audit entry at a fixed rate. Where the benchmark has a Kafka broker, the same latency again in the
 * distributed shape: the intake and audit services as processes of their own, with databases of their own, the
 * events going through Kafka.
 */
export const intakeBench: BenchSuite = {
  name: 'intake',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const figures = await allInOne(context);
    const brokers = process.env['KAFKA_BROKERS'];
    if (brokers) figures.push(...(await distributed(context, brokers)));
    else context.log('no Kafka broker (BENCH_KAFKA=false): the distributed shape is not measured');
    return figures;
  },
};

async function allInOne(context: BenchContext): Promise<BenchFigure[]> {
  const database = await context.createDatabase('bench_intake');
  const keyDir = await mkdtemp(join(tmpdir(), 'bench-intake-'));
  const keyFile = join(keyDir, 'signing-key.json');
  const server = await startServerProcess('tools/bench/src/http/intake-platform.server.ts', {
    DATABASE_URL: database.url,
    AUTH_DEV_KEY_FILE: keyFile,
  });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const databases = { store: pool, chain: pool };
  try {
    const intake = await IntakeDriver.start(server.url, keyFile, TENANT, context);

    context.log(`POST /intake/cases, ${CONNECTIONS} connections for ${seconds()} s`);
    const load = await loadUrl(`${server.url}/intake/cases`, {
      connections: CONNECTIONS,
      seconds: seconds(),
      method: 'POST',
      headers: intake.headers,
      nextBody: () => JSON.stringify(intake.openCase()),
    });
    if (load.non2xx > 0 || load.errors > 0) {
      context.log(`warning: ${load.non2xx} answers were not 2xx and ${load.errors} requests failed`);
    }

    // Let the audit consumer drain the throughput run before measuring latency.
    await drained(databases);
    context.log(`reference: raw PostgreSQL single-row INSERT commits at ${RATE_PER_SEC}/s for ${seconds()} s`);
    const rawCommits = await rawCommitLatency(database.url, RATE_PER_SEC);
    context.log(`command -> audit entry at ${RATE_PER_SEC} commands/s for ${seconds()} s`);
    const latencies = await commandToAuditLatency(databases, RATE_PER_SEC, (caseId) => intake.openCaseNow(caseId));
    context.log(`command -> audit entry at ${LIGHT_RATE_PER_SEC} commands/s for ${seconds()} s`);
    const light = await commandToAuditLatency(databases, LIGHT_RATE_PER_SEC, (caseId) => intake.openCaseNow(caseId));

    return [
      {
        name: 'intake command POST /intake/cases (open a case), 50 connections',
        value: load.requestsPerSec,
        unit: 'req/s',
        against: { name: 'bare NestJS route', value: context.baselines.bareRouteReqPerSec, unit: 'req/s' },
        target: {
          text: `>= ${TARGET_RATIO * 100}% of the bare route`,
          met: load.requestsPerSec >= TARGET_RATIO * context.baselines.bareRouteReqPerSec,
        },
        note:
          `p99 ${load.p99Ms} ms; each request folds the client's stream, appends a CaseOpened; projections and the ` +
          `audit chain run in the same process; raw single-row INSERT transactions ran at ` +
          `${Math.round(context.baselines.pgSingleInsertTps)} tx/s in this run`,
      },
      {
        name: `command -> audit entry latency p50 at ${RATE_PER_SEC}/s`,
        value: quantile(latencies.commandToChain, 0.5),
        unit: 'ms',
      },
      {
        name: `command -> audit entry latency p99 at ${RATE_PER_SEC}/s`,
        value: quantile(latencies.commandToChain, 0.99),
        unit: 'ms',
        against: {
          name: `raw PostgreSQL single-row INSERT commit, p99 at ${RATE_PER_SEC}/s`,
          value: quantile(rawCommits, 0.99),
          unit: 'ms',
        },
        target: {
          text: `<= ${TARGET_P99_MS} ms`,
          met: quantile(latencies.commandToChain, 0.99) <= TARGET_P99_MS,
        },
        note: `from sending the HTTP request to the chain entry's insert (database clock): ${describeBreakdown(latencies)}`,
      },
      {
        name: `command -> audit entry latency p50 / p99 at ${LIGHT_RATE_PER_SEC}/s`,
        value: quantile(light.commandToChain, 0.99),
        unit: 'ms (p99)',
        note: `the pipeline below saturation: ${describeBreakdown(light)}`,
      },
    ];
  } finally {
    await pool.end();
    await server.stop();
    await rm(keyDir, { recursive: true, force: true });
    await database.drop();
  }
}

/** The intake and audit services as built for the distributed shape, run from source, over the benchmark's broker. */
async function distributed(context: BenchContext, brokers: string): Promise<BenchFigure[]> {
  const intakeDb = await context.createDatabase('bench_intake_svc');
  const auditDb = await context.createDatabase('bench_audit_svc');
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-intake-distributed-'));
  const common = {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'log',
    KAFKA_BROKERS: brokers,
    AUTH_DEV_KEY_FILE: join(dataDir, 'signing-key.json'),
  };
  const services: ServerProcess[] = [];
  const store = new Pool({ connectionString: intakeDb.url, max: 2 });
  const chain = new Pool({ connectionString: auditDb.url, max: 2 });
  try {
    context.log('distributed shape: starting the intake and audit services');
    const intakeService = await startServerProcess(
      'apps/intake/src/main.ts',
      { ...common, DATABASE_URL: intakeDb.url, DATA_DIR: join(dataDir, 'intake') },
      { ready: SERVICE_LISTENING },
    );
    services.push(intakeService);
    // The intake service wrote the development key; the audit service verifies with the same one.
    services.push(
      await startServerProcess(
        'apps/audit/src/main.ts',
        { ...common, DATABASE_URL: auditDb.url, DATA_DIR: join(dataDir, 'audit') },
        { ready: SERVICE_LISTENING },
      ),
    );
    const intake = await IntakeDriver.start(intakeService.url, common.AUTH_DEV_KEY_FILE, TENANT, context);
    const databases = { store, chain };
    await drained(databases);
    context.log(`distributed shape: command -> audit entry at ${RATE_PER_SEC} commands/s for ${seconds()} s`);
    const latencies = await commandToAuditLatency(databases, RATE_PER_SEC, (caseId) => intake.openCaseNow(caseId));
    context.log(`distributed shape: command -> audit entry at ${LIGHT_RATE_PER_SEC} commands/s for ${seconds()} s`);
    const light = await commandToAuditLatency(databases, LIGHT_RATE_PER_SEC, (caseId) => intake.openCaseNow(caseId));
    return [
      {
        name: `distributed (intake -> Kafka -> audit): command -> audit entry latency p50 at ${RATE_PER_SEC}/s`,
        value: quantile(latencies.commandToChain, 0.5),
        unit: 'ms',
      },
      {
        name: `distributed (intake -> Kafka -> audit): command -> audit entry latency p99 at ${RATE_PER_SEC}/s`,
        value: quantile(latencies.commandToChain, 0.99),
        unit: 'ms',
        target: {
          text: `<= ${TARGET_P99_MS} ms`,
          met: quantile(latencies.commandToChain, 0.99) <= TARGET_P99_MS,
        },
        note:
          'two services with databases of their own: the relay produces with acks from all in-sync replicas, the ' +
          `audit consumer commits its inbox and chain entry; ${describeBreakdown(latencies)}`,
      },
      {
        name: `distributed (intake -> Kafka -> audit): command -> audit entry latency p50 / p99 at ${LIGHT_RATE_PER_SEC}/s`,
        value: quantile(light.commandToChain, 0.99),
        unit: 'ms (p99)',
        note: `below saturation (the broker, both services and PostgreSQL share the machine): ${describeBreakdown(light)}`,
      },
    ];
  } finally {
    await store.end();
    await chain.end();
    for (const service of services.reverse()) await service.stop();
    await rm(dataDir, { recursive: true, force: true });
    await intakeDb.drop();
    await auditDb.drop();
  }
}

/** The "listening on <url>" line of a service started by the kernel's runHttpService. */
const SERVICE_LISTENING = /listening on (http:\/\/[^ "]+)/;

/** Where the events are stored and where the chain is kept: one database all-in-one, two when distributed. */
interface Databases {
  readonly store: Pool;
  readonly chain: Pool;
}

async function countOf(pool: Pool, sql: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(sql, [TENANT]);
  return Number(rows[0]?.n ?? 0);
}

/** Waits until the audit chain holds every stored event of the tenant. */
async function drained(databases: Databases, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const behind =
      (await countOf(databases.store, 'SELECT count(*)::text AS n FROM event_store.events WHERE tenant_id = $1')) -
      (await countOf(databases.chain, 'SELECT count(*)::text AS n FROM audit.entries WHERE tenant_id = $1'));
    if (behind <= 0) return;
    if (Date.now() > deadline) throw new Error(`audit chain still ${behind} events behind`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * After a warm-up of WARMUP_SECONDS at the same rate, sends one command every 1/rate s for BENCH_SECONDS (open-loop:
 * a slow answer does not delay the next command) and times each from sending to its case's first audit entry, by the entry's `appended_at` (the database's clock at
 * the insert; client and server share this machine's clock). The chain is read once at the end, so the measuring
 * does not load the machine while it measures.
 */
async function commandToAuditLatency(
  databases: Databases,
  ratePerSec: number,
  send: (caseId: string) => Promise<unknown>,
): Promise<LatencyBreakdown> {
  // Warm-up at the same rate, not measured: the server's pool opens its connections and V8 compiles the paths.
  await sendAtRate(ratePerSec, WARMUP_SECONDS, () => send(randomUUID()));
  await drained(databases);
  const sentAt = new Map<string, number>();
  const answeredAfter: number[] = [];
  await sendAtRate(ratePerSec, seconds(), async () => {
    const caseId = randomUUID();
    sentAt.set(`intake.case-${caseId}`, Date.now());
    const sent = performance.now();
    await send(caseId);
    answeredAfter.push(performance.now() - sent);
  });
  await drained(databases);
  const streams = [...sentAt.keys()];
  const chained = await databases.chain.query<{ stream_id: string; event_id: string; appended_ms: string }>(
    `SELECT stream_id, event_id::text, (extract(epoch FROM appended_at) * 1000)::text AS appended_ms
     FROM audit.entries WHERE tenant_id = $1 AND stream_id = ANY($2) AND stream_version = 1`,
    [TENANT, streams],
  );
  const stored = await databases.store.query<{ event_id: string; recorded_ms: string }>(
    `SELECT event_id::text, (extract(epoch FROM recorded_at) * 1000)::text AS recorded_ms
     FROM event_store.events WHERE stream_id = ANY($1) AND stream_version = 1`,
    [streams],
  );
  const recordedAt = new Map(stored.rows.map((row) => [row.event_id, Number(row.recorded_ms)]));
  return {
    commandToChain: chained.rows.map((row) => Number(row.appended_ms) - (sentAt.get(row.stream_id) ?? Number.NaN)),
    answered: answeredAfter,
    storeToChain: chained.rows.map((row) => Number(row.appended_ms) - (recordedAt.get(row.event_id) ?? Number.NaN)),
  };
}

/**
 * The floor under any command's latency on this machine today: single-row INSERT transactions (a small json row) at
 * the same fixed rate, timed from sending to the commit's answer.
 */
async function rawCommitLatency(databaseUrl: string, ratePerSec: number): Promise<number[]> {
  const raw = new Pool({ connectionString: databaseUrl, max: 20 });
  try {
    await raw.query('CREATE TABLE IF NOT EXISTS public.bench_raw_commit (id bigserial PRIMARY KEY, payload jsonb)');
    const payload = JSON.stringify({ caseId: randomUUID(), programId: 'adult-behavioral-health', priority: 'routine' });
    const latencies: number[] = [];
    await sendAtRate(ratePerSec, seconds(), async () => {
      const sent = performance.now();
      await raw.query('INSERT INTO public.bench_raw_commit (payload) VALUES ($1)', [payload]);
      latencies.push(performance.now() - sent);
    });
    return latencies;
  } finally {
    await raw.end();
  }
}

/** Milliseconds per command: to its chain entry, to the HTTP answer, and from the event's commit to the chain. */
interface LatencyBreakdown {
  readonly commandToChain: number[];
  readonly answered: number[];
  /** From the event's recordedAt (its append transaction's start, database clock) to the chain entry's insert. */
  readonly storeToChain: number[];
}

function describeBreakdown(latencies: LatencyBreakdown): string {
  const figure = (values: number[]): string =>
    `p50 ${quantile(values, 0.5).toFixed(1)} / p99 ${quantile(values, 0.99).toFixed(1)} ms`;
  return (
    `${latencies.commandToChain.length} commands; command to chain ${figure(latencies.commandToChain)}, ` +
    `of which HTTP answer ${figure(latencies.answered)}, event stored to chain entry ${figure(latencies.storeToChain)}`
  );
}
