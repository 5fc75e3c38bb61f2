import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DEFAULT_RULE_SET, evaluateTenant, type ComplianceClock } from '@casemgmt/audit';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { callJson, DevelopmentTokens, until } from '../http/bench-calls';
import { quantile, round } from '../measure';
import { startServerProcess, type ServerProcess } from '../http/server-process';
import { COMPLIANCE_SEED_TENANT, HISTORY_ENDS, seedCompliance } from './compliance.seed';

const SERVER = 'tools/bench/src/http/compliance-platform.server.ts';
const TIME_ZONE = 'America/Los_Angeles';
const TARGET_EVALUATION_RATIO = 0.5;
const TARGET_STALENESS_P99_MS = 1_000;
/** Contacts recorded one after the other, each timed until the case's report shows it. */
const STALENESS_SAMPLES = 60;
const LIVE_TEAM = 'team-live';
/** Keyset page of the raw read, as the evaluation reads. */
const RAW_PAGE = 5_000;

const caseCount = (): number => Number(process.env['BENCH_COMPLIANCE_CASES'] ?? 10_000);
const eventCount = (): number => Number(process.env['BENCH_COMPLIANCE_EVENTS'] ?? 1_000_000);

/**
 * The audit service's compliance evaluation on a tenant of 10,000 cases and 1,000,000 events in its hash chain
 * (BENCH_COMPLIANCE_CASES and BENCH_COMPLIANCE_EVENTS scale it): a full evaluation of every case on both clocks
 * against a raw read of the same events in the same run; how soon a case's report shows a contact just recorded
 * through care plan's API; and the server's memory while it streams a tenant-wide CSV report.
 */
export const complianceBench: BenchSuite = {
  name: 'compliance',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const database = await context.createDatabase('bench_compliance');
    const keyDir = await mkdtemp(join(tmpdir(), 'bench-compliance-'));
    const keyFile = join(keyDir, 'signing-key.json');
    const masterKey = Buffer.alloc(32, 7).toString('base64');
    const env = { DATABASE_URL: database.url, AUTH_DEV_KEY_FILE: keyFile, BENCH_MASTER_KEY: masterKey };
    const pool = new Pool({ connectionString: database.url, max: 4 });
    let server: ServerProcess | undefined;
    try {
      const figures: BenchFigure[] = [];
      // A first start creates the schemas; it stops before the seeding, so that the second start shows the
      // evaluator building the read model from the chain.
      server = await startServerProcess(SERVER, env);
      await server.stop();
      server = undefined;

      const plan = { cases: caseCount(), events: eventCount() };
      context.log(`seeding ${plan.cases} cases, ${plan.events} events in the tenant's chain`);
      const seedStarted = Date.now();
      const seeded = await seedCompliance(pool, plan, context.log);
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      await pool.query('ANALYZE audit.entries');
      context.log(`seeded ${seeded.events} events of ${seeded.cases} cases in ${seedSeconds.toFixed(0)} s`);

      const knownOn = new Date('2026-06-30T19:00:00Z');
      const clocks: readonly { name: string; clock: ComplianceClock; at: Date }[] = [
        { name: 'as it occurred', clock: { kind: 'occurred' }, at: HISTORY_ENDS },
        {
          name: `as known on ${knownOn.toISOString().slice(0, 10)}`,
          clock: { kind: 'known', on: knownOn },
          at: knownOn,
        },
      ];
      for (const { name, clock, at } of clocks) {
        // The baseline reads the same events the same way (on the known clock, those recorded by its date) and
        // drops them; the evaluation reads them and judges every case.
        const raw = await rawRead(pool, clock.kind === 'known' ? clock.on : null);
        context.log(`raw read ${name}: ${Math.round(raw.eventsPerSec)} events/s`);
        const evaluated = await fullEvaluation(pool, clock, at);
        context.log(`full evaluation ${name}: ${Math.round(evaluated.eventsPerSec)} events/s`);
        const ratio = evaluated.eventsPerSec / raw.eventsPerSec;
        figures.push({
          name: `full evaluation of ${evaluated.cases} cases (${evaluated.events} events), ${name}`,
          value: Math.round(evaluated.eventsPerSec),
          unit: 'events/s',
          against: {
            name: 'raw read of the same events, same run',
            value: Math.round(raw.eventsPerSec),
            unit: 'events/s',
          },
          target: { text: `>= ${TARGET_EVALUATION_RATIO * 100}%`, met: ratio >= TARGET_EVALUATION_RATIO },
          note:
            `${evaluated.obligations} obligations, ${evaluated.violations} violations or late, ` +
            `$${round(evaluated.fineCents / 100)} exposure; R1-R6 of the default rule set in ${TIME_ZONE}; the raw ` +
            `read: keyset pages of ${RAW_PAGE} over (case, sequence) by the chain's case index, the columns the ` +
            `evaluation reads, rows parsed and dropped (${raw.events} rows)`,
        });
      }
      figures.push({
        name: `seeded ${seeded.cases} cases, ${seeded.events} events through the chain's own append`,
        value: Math.round(seeded.events / seedSeconds),
        unit: 'events/s',
        note: `${seeded.judged} of them events the rules judge, the rest records of reads`,
      });

      server = await startServerProcess(SERVER, env, { timeoutMs: 120_000, nodeFlags: ['--expose-gc'] });
      const tokens = new DevelopmentTokens(keyFile, COMPLIANCE_SEED_TENANT);
      const auditor = await tokens.headers('aud-bench', 'auditor');
      const built = await readModelBuilt(pool, context);
      figures.push({
        name: `compliance read model built from ${seeded.events} events`,
        value: Math.round(seeded.events / built),
        unit: 'events/s',
        note: `${built.toFixed(0)} s from the server's start until the last seeded case's obligations were stored`,
      });

      figures.push(...(await stalenessFigures(server.url, pool, tokens, auditor, context)));
      figures.push(...(await exportMemoryFigures(server, auditor, seeded.cases, context)));
      return figures;
    } finally {
      await pool.end();
      await server?.stop();
      await rm(keyDir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

/** Reads every event of the tenant case by case as the evaluation does, and drops it: events per second. */
async function rawRead(pool: Pool, knownBy: Date | null): Promise<{ eventsPerSec: number; events: number }> {
  const started = process.hrtime.bigint();
  let read = 0;
  let after: { caseId: string; sequence: string } | null = null;
  for (;;) {
    const page: { rows: { case_id: string; sequence: string }[] } = await pool.query(
      // Ordered by the column, not the text of the same name in the select list, which sorts '1000' before '999':
      // a page ending inside a case would then read part of that case again.
      `SELECT e.case_id, e.sequence::text, e.event_id::text, e.published_type, e.occurred_at, e.recorded_at, e.actor,
              e.event
         FROM audit.entries e
        WHERE e.tenant_id = $1 AND e.case_id IS NOT NULL AND e.service <> 'audit'
          AND ($5::timestamptz IS NULL OR e.recorded_at <= $5)
          AND ($2::text IS NULL OR (e.case_id, e.sequence) > ($2, $3::bigint))
        ORDER BY e.case_id, e.sequence LIMIT $4`,
      [COMPLIANCE_SEED_TENANT, after?.caseId ?? null, after?.sequence ?? '0', RAW_PAGE, knownBy],
    );
    const { rows } = page;
    read += rows.length;
    const last: { case_id: string; sequence: string } | undefined = rows[rows.length - 1];
    if (!last || rows.length < RAW_PAGE) break;
    after = { caseId: last.case_id, sequence: last.sequence };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { eventsPerSec: read / seconds, events: read };
}

/** Every case of the tenant evaluated by the audit library's streaming evaluation, on one clock. */
async function fullEvaluation(pool: Pool, clock: ComplianceClock, at: Date) {
  const started = process.hrtime.bigint();
  let cases = 0;
  let events = 0;
  let obligations = 0;
  let violations = 0;
  let fineCents = 0;
  for await (const evaluated of evaluateTenant(pool, {
    tenantId: COMPLIANCE_SEED_TENANT,
    clock,
    at,
    timeZone: TIME_ZONE,
    ruleSets: [DEFAULT_RULE_SET],
  })) {
    cases++;
    events += evaluated.events;
    obligations += evaluated.obligations.length;
    violations += evaluated.obligations.filter(
      (each) => each.status === 'violated' || each.status === 'met_late',
    ).length;
    fineCents += evaluated.fineCents;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { cases, events, eventsPerSec: events / seconds, obligations, violations, fineCents };
}

/** The obligations of a case as the audit service reports them now, on the occurred clock. */
async function obligationsOf(url: string, auditor: Record<string, string>, caseId: string) {
  const answer = await callJson(url, 'GET', `/audit/cases/${caseId}/compliance?clock=occurred`, auditor);
  return (answer['obligations'] ?? []) as readonly { readonly ruleId: string }[];
}

/** Seconds from now until the compliance evaluator's checkpoint reaches the tenant chain's head. */
async function readModelBuilt(pool: Pool, context: BenchContext, timeoutMs = 1_800_000): Promise<number> {
  const started = Date.now();
  const { rows: head } = await pool.query<{ sequence: string }>(
    'SELECT max(sequence)::text AS sequence FROM audit.entries WHERE tenant_id = $1',
    [COMPLIANCE_SEED_TENANT],
  );
  const target = BigInt(head[0]?.sequence ?? 0);
  let reported = started;
  for (;;) {
    const { rows } = await pool.query<{ sequence: string }>(
      'SELECT sequence::text FROM audit.compliance_checkpoints WHERE tenant_id = $1',
      [COMPLIANCE_SEED_TENANT],
    );
    const reached = BigInt(rows[0]?.sequence ?? -1);
    if (reached >= target) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) throw new Error(`the compliance read model stopped at ${reached}`);
    if (Date.now() - reported > 15_000) {
      reported = Date.now();
      context.log(`compliance read model at ${reached} of ${target}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A case opened through intake's API; then contacts recorded one at a time through care plan's, each timed from
 * care plan's answer until the case's compliance report holds the contact (its R6 obligation): first with the
 * evaluator otherwise idle, then while it evaluates every case of the tenant again, as when a month begins.
 */
async function stalenessFigures(
  url: string,
  pool: Pool,
  tokens: DevelopmentTokens,
  auditor: Record<string, string>,
  context: BenchContext,
): Promise<BenchFigure[]> {
  const intake = await tokens.headers('iw-live', 'intake_worker', { team: LIVE_TEAM });
  const supervisor = await tokens.headers('sup-live', 'supervisor', { team: LIVE_TEAM });
  const clientId = randomUUID();
  const caseId = randomUUID();
  await callJson(url, 'POST', '/intake/clients', intake, {
    clientId,
    givenName: 'Live',
    familyName: 'Sample',
    dateOfBirth: '1980-02-29',
    preferredLanguage: 'en',
    duplicateOverride: { reason: 'a benchmark client' },
  });
  await callJson(url, 'POST', '/intake/cases', intake, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'routine',
    referralSource: { kind: 'self' },
  });
  // Care plan knows the case once its view of intake has it.
  await until('care plan’s view of the case', async () => {
    const response = await fetch(`${url}/care-plan/cases/${caseId}`, { headers: supervisor });
    await response.arrayBuffer();
    return response.status === 200;
  });
  const sample = async (): Promise<number> => {
    const before = (await obligationsOf(url, auditor, caseId)).filter((each) => each.ruleId === 'R6').length;
    await callJson(url, 'POST', `/care-plan/cases/${caseId}/contacts`, supervisor, {
      kind: 'phone',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      durationMinutes: 10,
      participants: ['client'],
      notes: 'Checked in about the housing application',
    });
    const recorded = process.hrtime.bigint();
    await until(
      'the contact in the case’s report',
      async () => (await obligationsOf(url, auditor, caseId)).filter((each) => each.ruleId === 'R6').length > before,
      10_000,
      10,
    );
    return Number(process.hrtime.bigint() - recorded) / 1e6;
  };
  const figureOf = (name: string, samples: readonly number[], note: string): BenchFigure => {
    const p99 = quantile(samples, 0.99);
    return {
      name,
      value: Math.round(p99),
      unit: 'ms',
      target: { text: `<= ${TARGET_STALENESS_P99_MS} ms`, met: p99 <= TARGET_STALENESS_P99_MS },
      note:
        `p50 ${Math.round(quantile(samples, 0.5))} ms over ${samples.length} contacts: from care plan's 201 through ` +
        `the store, the audit chain and the evaluator to GET /audit/cases/{id}/compliance (polled every 10 ms)${note}`,
    };
  };

  context.log(`${STALENESS_SAMPLES} contacts recorded one at a time, each until the case's report shows it`);
  const idle: number[] = [];
  for (let n = 0; n < STALENESS_SAMPLES; n++) idle.push(await sample());

  // A month begins: every case with a review is due at once, and the evaluator works through them a batch at a time.
  const { rowCount } = await pool.query('UPDATE audit.compliance_reviews SET review_at = now() WHERE tenant_id = $1', [
    COMPLIANCE_SEED_TENANT,
  ]);
  const due = rowCount ?? 0;
  context.log(`${due} cases due for review at once; ${STALENESS_SAMPLES} contacts more while they are evaluated`);
  const stillDue = async (): Promise<number> => {
    const { rows } = await pool.query<{ left: string }>(
      'SELECT count(*)::text AS left FROM audit.compliance_reviews WHERE tenant_id = $1 AND review_at <= now()',
      [COMPLIANCE_SEED_TENANT],
    );
    return Number(rows[0]?.left ?? 0);
  };
  const started = Date.now();
  const busy: number[] = [];
  let reviewsLeft = due;
  for (let n = 0; n < STALENESS_SAMPLES && reviewsLeft > 0; n++) {
    busy.push(await sample());
    reviewsLeft = await stillDue();
  }
  const seconds = (Date.now() - started) / 1000;
  return [
    figureOf('compliance report staleness after a new event, p99', idle, ''),
    figureOf(
      'compliance report staleness while every case is evaluated again (a month begins), p99',
      busy,
      `; ${due} cases due at once, ${reviewsLeft} still due after ${seconds.toFixed(0)} s of samples`,
    ),
  ];
}

/** The server's resident memory, in bytes, from the kernel's view of its process. */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kib ?? 0) * 1024;
}

/** The server's live heap, in bytes, collected first (SIGUSR2: the bench server answers `HEAP <bytes>`). */
function liveHeap(server: ServerProcess, heaps: number[]): Promise<number> {
  const count = heaps.length;
  process.kill(server.pid, 'SIGUSR2');
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const poll = setInterval(() => {
      if (heaps.length > count) {
        clearInterval(poll);
        resolve(heaps[heaps.length - 1] ?? 0);
      } else if (Date.now() > deadline) {
        clearInterval(poll);
        reject(new Error('the server did not report its heap'));
      }
    }, 5);
  });
}

/**
 * Tenant-wide CSV exports of every case's obligations, on both clocks, streamed to the benchmark and dropped. What
 * the export holds is the server's live heap, collected first, sampled every 2 s (a full collection of a large heap takes a while): its peak against the heap
 * before the export is the figure. The resident memory (sampled every 50 ms) is in the note: it also counts garbage
 * the collector has not yet taken back, which grows with how much the export reads, not with what it keeps.
 */
async function exportMemoryFigures(
  server: ServerProcess,
  auditor: Record<string, string>,
  cases: number,
  context: BenchContext,
): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const mib = (value: number) => round(value / 1024 / 1024, 1);
  // The known clock twice: a month into the rule set's first year the agency had recorded a fraction of what it had
  // by June, so the two growths show whether what the export holds grows with the history it reads (it should not:
  // it holds two pages of entries and one case's evaluation).
  const exports = [
    { name: 'as it occurred', query: 'clock=occurred', everyCase: true },
    { name: 'as known on 2026-01-31', query: 'clock=known&knownOn=2026-01-31', everyCase: false },
    { name: 'as known on 2026-06-30', query: 'clock=known&knownOn=2026-06-30', everyCase: false },
  ];
  const known: { growth: number; streamed: number; sampled: boolean }[] = [];
  for (const each of exports) {
    const path = `/audit/compliance/obligations?from=2025-01-01&to=2026-12-31&format=csv&${each.query}`;
    context.log(`GET ${path}`);
    const heaps: number[] = [];
    server.onLine((line) => {
      const heap = /^HEAP (\d+)$/.exec(line)?.[1];
      if (heap) heaps.push(Number(heap));
    });
    const heapBefore = await liveHeap(server, heaps);
    let heapPeak = heapBefore;
    const before = await residentBytes(server.pid);
    let peak = before;
    const sampler = setInterval(() => {
      void residentBytes(server.pid).then((bytes) => {
        peak = Math.max(peak, bytes);
      });
    }, 50);
    const heapSampler = setInterval(() => {
      process.kill(server.pid, 'SIGUSR2');
    }, 2_000);
    let samples = 0;
    server.onLine((line) => {
      const heap = /^HEAP (\d+)$/.exec(line)?.[1];
      if (!heap) return;
      samples++;
      heapPeak = Math.max(heapPeak, Number(heap));
    });
    const started = Date.now();
    let bytes = 0;
    let lines = 0;
    try {
      const response = await fetch(`${server.url}${path}`, { headers: auditor });
      if (response.status !== 200 || !response.body) {
        throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      }
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        for (const byte of chunk) if (byte === 10) lines++;
      }
    } finally {
      clearInterval(sampler);
      clearInterval(heapSampler);
    }
    const seconds = (Date.now() - started) / 1000;
    if (each.everyCase && lines < cases) throw new Error(`the export held ${lines} lines for ${cases} cases`);
    if (!each.everyCase) known.push({ growth: heapPeak - heapBefore, streamed: bytes, sampled: samples > 0 });
    figures.push({
      name: `tenant-wide CSV export of the obligations of ${cases} cases, ${each.name}: server live heap growth`,
      value: mib(heapPeak - heapBefore),
      unit: 'MiB',
      note:
        // A sample is taken every 2 s: an export over sooner is not measured, and says so.
        (samples === 0 ? 'no sample: the export ended within 2 s; ' : `${samples} samples; `) +
        `peak live heap ${mib(heapPeak)} MiB against ${mib(heapBefore)} MiB before (collected before each sample); ` +
        `peak RSS ${mib(peak)} MiB against ${mib(before)} MiB; ${mib(bytes)} MiB (${lines} lines) ` +
        `streamed in ${seconds.toFixed(1)} s`,
    });
  }
  const [earlier, later] = known;
  if (earlier?.sampled && later?.sampled && earlier.streamed > 0) {
    figures.push({
      name: 'known-clock export: live heap growth on 2026-06-30 less that on 2026-01-31',
      value: mib(later.growth - earlier.growth),
      unit: 'MiB',
      note:
        `${round(later.streamed / earlier.streamed, 1)}x as many bytes streamed on the later date; ` +
        'flat when the difference stays near 0 MiB while what is streamed grows',
    });
  }
  return figures;
}
