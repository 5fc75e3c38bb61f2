import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { DevelopmentTokens } from '../http/bench-calls';
import { IntakeDriver } from '../http/intake-driver';
import { loadUrl, sendAtRate, type LoadResult } from '../http/load';
import { startServerProcess } from '../http/server-process';
import { quantile } from '../measure';
import { CASES_PER_WORKER, SEED_TEAM_SIZE, SEED_TENANT, seedCases, type SeededCase } from './care-plan.seed';

const CONNECTIONS = 50;
// One worker's list: their own requests, two at a time (their browser tabs), not a crowd on one list.
const WORKLIST_CONNECTIONS = 2;
const RATE_PER_SEC = 200;
const WARMUP_SECONDS = 2;
const TARGET_WORKLIST_P99_MS = 50;
const TARGET_DELAY_P99_MS = 200;

const seconds = (): number => Number(process.env['BENCH_SECONDS'] ?? 5);
const caseCount = (): number => Number(process.env['BENCH_CARE_PLAN_CASES'] ?? 10_000);
const eventsPerCase = (): number => Number(process.env['BENCH_CARE_PLAN_EVENTS_PER_CASE'] ?? 100);

/**
 * Intake and care plan in one process, on a tenant of 10,000 open cases and 1,000,000 events (BENCH_CARE_PLAN_CASES
 * and BENCH_CARE_PLAN_EVENTS_PER_CASE scale it): the worklist of a case manager with 80 cases, logging a contact
 * against opening a case in the same run, and how far the worklist trails the events that change it.
 */
export const carePlanBench: BenchSuite = {
  name: 'care-plan',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const database = await context.createDatabase('bench_care_plan');
    const keyDir = await mkdtemp(join(tmpdir(), 'bench-care-plan-'));
    const keyFile = join(keyDir, 'signing-key.json');
    const server = await startServerProcess('tools/bench/src/http/care-plan-platform.server.ts', {
      DATABASE_URL: database.url,
      AUTH_DEV_KEY_FILE: keyFile,
      BENCH_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    const pool = new Pool({ connectionString: database.url, max: 6 });
    try {
      const figures: BenchFigure[] = [];
      const plan = { cases: caseCount(), eventsPerCase: eventsPerCase() };
      context.log(`seeding ${plan.cases} open cases of ${plan.eventsPerCase} events each`);
      const seedStarted = Date.now();
      const cases = await seedCases(pool, plan, context.log);
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      const events = await countEvents(pool);
      figures.push({
        name: `seeded ${cases.length} open cases, ${events} events`,
        value: Math.round(events / seedSeconds),
        unit: 'events/s',
        against: {
          name: 'raw PostgreSQL multi-row INSERT',
          value: context.baselines.pgMultiRowInsertRowsPerSec,
          unit: 'rows/s',
        },
        note: 'through the event store’s append function, 20 cases (60 streams) a transaction on 4 connections',
      });
      const catchUp = await caughtUp(pool, context);
      // What autovacuum does some time after a bulk load, done at once: the planner's statistics of the new rows.
      await pool.query('ANALYZE');
      figures.push({
        name: `care plan's case view and worklist built from ${events} events`,
        value: Math.round(events / catchUp),
        unit: 'events/s',
        note: `${catchUp.toFixed(0)} s for the case view (intake's events) and the worklist (care plan's) to catch up`,
      });

      const tokens = new DevelopmentTokens(keyFile, SEED_TENANT);
      figures.push(...(await worklistFigures(server.url, tokens, cases, context)));
      figures.push(...(await contactFigures(server.url, keyFile, tokens, cases, context)));
      // Cases of teams other than the one the contacts went to.
      figures.push(
        ...(await delayFigures(server.url, pool, tokens, cases.slice(CASES_PER_WORKER * SEED_TEAM_SIZE), context)),
      );
      return figures;
    } finally {
      await pool.end();
      await server.stop();
      await rm(keyDir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

async function countEvents(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM event_store.events WHERE tenant_id = $1',
    [SEED_TENANT],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Waits until care plan's consumers have read every seeded event: each store subscription's checkpoint at or past
 * the last event of the categories it reads. Answers the seconds it took.
 */
async function caughtUp(pool: Pool, context: BenchContext, timeoutMs = 1_800_000): Promise<number> {
  const started = Date.now();
  const { rows: last } = await pool.query<{ intake: string; care_plan: string }>(
    `SELECT max(global_position) FILTER (WHERE category LIKE 'intake.%')::text AS intake,
            max(global_position) FILTER (WHERE category LIKE 'care-plan.%')::text AS care_plan
       FROM event_store.events`,
  );
  const targets = { intake: BigInt(last[0]?.intake ?? 0), carePlan: BigInt(last[0]?.care_plan ?? 0) };
  let reported = 0;
  for (;;) {
    const { rows } = await pool.query<{ subscription_id: string; prepare_position: string }>(
      "SELECT subscription_id, prepare_position::text FROM event_store.checkpoints WHERE subscription_id LIKE '%care-plan%'",
    );
    // The least checkpoint of the consumers of one kind (-1 before any has one).
    const position = (worklist: boolean): bigint => {
      const positions = rows
        .filter((row) => row.subscription_id.includes('worklist') === worklist)
        .map((row) => BigInt(row.prepare_position));
      return positions.length === 0 ? -1n : positions.reduce((least, value) => (value < least ? value : least));
    };
    const caseView = position(false);
    const worklist = position(true);
    if (caseView >= targets.intake && worklist >= targets.carePlan) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs)
      throw new Error(`care plan's consumers did not catch up: ${JSON.stringify(rows)}`);
    if (Date.now() - reported > 15_000) {
      reported = Date.now();
      context.log(
        `catching up: worklist at ${worklist} of ${targets.carePlan}, case view at ${caseView} of ${targets.intake}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function worklistFigures(
  url: string,
  tokens: DevelopmentTokens,
  cases: readonly SeededCase[],
  context: BenchContext,
): Promise<BenchFigure[]> {
  const worker = cases[0];
  if (!worker) throw new Error('no seeded case');
  const headers = await tokens.headers(worker.caseManagerId, 'case_manager', { team: worker.teamId });
  const answer = await fetch(`${url}/care-plan/worklist/me`, { headers });
  const body = (await answer.json()) as { items?: { caseId: string }[] };
  const listed = new Set((body.items ?? []).map((item) => item.caseId));
  if (answer.status !== 200 || listed.size !== CASES_PER_WORKER) {
    throw new Error(`the worklist of ${worker.caseManagerId} answered ${answer.status} with ${listed.size} cases`);
  }
  context.log(
    `GET /care-plan/worklist/me (${CASES_PER_WORKER} cases, ${body.items?.length} items), ${WORKLIST_CONNECTIONS} connections`,
  );
  const load = await loadUrl(`${url}/care-plan/worklist/me`, {
    connections: WORKLIST_CONNECTIONS,
    seconds: seconds(),
    headers,
  });
  warnOnFailures(load, context);
  return [
    {
      name: `worklist of a case manager with ${CASES_PER_WORKER} cases, p99`,
      value: load.p99Ms,
      unit: 'ms',
      target: { text: `<= ${TARGET_WORKLIST_P99_MS} ms`, met: load.p99Ms <= TARGET_WORKLIST_P99_MS },
      note: `p50 ${load.p50Ms} ms; ${body.items?.length} items; each answer is one record of the access log`,
    },
    {
      name: `worklist of a case manager with ${CASES_PER_WORKER} cases, ${WORKLIST_CONNECTIONS} connections`,
      value: load.requestsPerSec,
      unit: 'req/s',
      against: { name: 'bare NestJS route', value: context.baselines.bareRouteReqPerSec, unit: 'req/s' },
    },
  ];
}

async function contactFigures(
  url: string,
  keyFile: string,
  tokens: DevelopmentTokens,
  cases: readonly SeededCase[],
  context: BenchContext,
): Promise<BenchFigure[]> {
  const team = cases.filter((seeded) => seeded.teamId === cases[0]?.teamId);
  const supervisor = await tokens.headers('sup-bench', 'supervisor', { team: cases[0]?.teamId });
  let next = 0;
  const contact = () => {
    const seeded = team[next++ % team.length] as SeededCase;
    return {
      path: `/care-plan/cases/${seeded.caseId}/contacts`,
      body: JSON.stringify({
        kind: 'phone',
        occurredAt: new Date().toISOString(),
        durationMinutes: 15,
        participants: ['client'],
        notes: 'Checked in about the housing application',
      }),
    };
  };
  context.log(`POST /care-plan/cases/{caseId}/contacts, ${CONNECTIONS} connections for ${seconds()} s`);
  const contacts = await loadUrl(`${url}/care-plan/cases`, {
    connections: CONNECTIONS,
    seconds: seconds(),
    method: 'POST',
    headers: supervisor,
    nextRequest: contact,
  });
  warnOnFailures(contacts, context);

  const intake = await IntakeDriver.start(url, keyFile, SEED_TENANT, context);
  context.log(`POST /intake/cases (open a case), ${CONNECTIONS} connections for ${seconds()} s`);
  const opened = await loadUrl(`${url}/intake/cases`, {
    connections: CONNECTIONS,
    seconds: seconds(),
    method: 'POST',
    headers: intake.headers,
    nextBody: () => JSON.stringify(intake.openCase()),
  });
  warnOnFailures(opened, context);
  return [
    {
      name: `log a contact POST /care-plan/cases/{caseId}/contacts, ${CONNECTIONS} connections`,
      value: contacts.requestsPerSec,
      unit: 'req/s',
      against: { name: 'open a case POST /intake/cases, same run', value: opened.requestsPerSec, unit: 'req/s' },
      note:
        `p99 ${contacts.p99Ms} ms (open a case: p99 ${opened.p99Ms} ms); each contact reads the case's row and plans, ` +
        `folds the case's casework (${eventsPerCase() - 8} contacts and more) and seals its notes with the client's key`,
    },
  ];
}

/**
 * After a warm-up at the same rate, completes one seeded case's intervention every 1/rate s (open loop) and times
 * each from sending to the change of the case's `intervention_due` item, by the row's `changed_at` (the database's
 * clock at the change).
 */
async function delayFigures(
  url: string,
  pool: Pool,
  tokens: DevelopmentTokens,
  cases: readonly SeededCase[],
  context: BenchContext,
): Promise<BenchFigure[]> {
  let next = 0;
  const sentAt = new Map<string, number>();
  const complete = async (measure: boolean): Promise<void> => {
    const seeded = cases[next++];
    if (!seeded) throw new Error('ran out of seeded cases');
    const headers = await tokens.headers(seeded.caseManagerId, 'case_manager', { team: seeded.teamId });
    if (measure) sentAt.set(seeded.caseId, Date.now());
    const path =
      `/care-plan/cases/${seeded.caseId}/plans/${seeded.planId}/goals/${seeded.goalId}` +
      `/interventions/${seeded.interventionId}/status`;
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: 'completed' }),
    });
    if (response.status !== 201) throw new Error(`completing an intervention answered ${response.status}`);
  };
  context.log(`intervention completed -> worklist item settled, at ${RATE_PER_SEC} commands/s for ${seconds()} s`);
  await sendAtRate(RATE_PER_SEC, WARMUP_SECONDS, () => complete(false));
  await sendAtRate(RATE_PER_SEC, seconds(), () => complete(true));
  const caseIds = [...sentAt.keys()];
  const deadline = Date.now() + 120_000;
  let rows: { case_id: string; changed_ms: string }[] = [];
  for (;;) {
    ({ rows } = await pool.query<{ case_id: string; changed_ms: string }>(
      `SELECT case_id, (extract(epoch FROM changed_at) * 1000)::text AS changed_ms FROM care_plan.worklist_items
        WHERE tenant_id = $1 AND case_id = ANY($2) AND kind = 'intervention_due' AND state = 'satisfied'`,
      [SEED_TENANT, caseIds],
    ));
    if (rows.length === caseIds.length) break;
    if (Date.now() > deadline) throw new Error(`${caseIds.length - rows.length} worklist items were not settled`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const delays = rows.map((row) => Number(row.changed_ms) - (sentAt.get(row.case_id) ?? Number.NaN));
  const p99 = quantile(delays, 0.99);
  return [
    {
      name: `worklist delay behind the event that changes it, p99 at ${RATE_PER_SEC} commands/s`,
      value: p99,
      unit: 'ms',
      target: { text: `<= ${TARGET_DELAY_P99_MS} ms`, met: p99 <= TARGET_DELAY_P99_MS },
      note:
        `p50 ${quantile(delays, 0.5).toFixed(1)} ms over ${delays.length} commands, from sending the command to the ` +
        'worklist row’s change (the HTTP answer, the append, and the worklist consumer’s transaction)',
    },
  ];
}

function warnOnFailures(load: LoadResult, context: BenchContext): void {
  if (load.non2xx > 0 || load.errors > 0) {
    context.log(`warning: ${load.non2xx} answers were not 2xx and ${load.errors} requests failed`);
  }
}
